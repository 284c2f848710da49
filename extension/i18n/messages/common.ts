import { defineMessages } from '../locales';

export const common = defineMessages({
  en: {
    extName: 'Someday',
    extDescription: 'Turns "we should hang out sometime" into a concrete invite with the times you are free.',
  },
  es: {
    extName: 'Someday',
    extDescription: 'Convierte «a ver si quedamos algún día» en una invitación concreta con tus horas libres.',
  },
  fr: {
    extName: 'Someday',
    extDescription: 'Transforme « on devrait se voir un de ces jours » en une invitation concrète avec vos disponibilités.',
  },
  de: {
    extName: 'Someday',
    extDescription: 'Macht aus „wir sollten uns mal treffen“ eine konkrete Einladung mit deinen freien Zeiten.',
  },
  pt: {
    extName: 'Someday',
    extDescription: 'Transforma “a gente devia se ver um dia” num convite concreto com os seus horários livres.',
  },
});
