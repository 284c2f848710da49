/** What Someday keeps, as the Privacy table names it. */
import { defineMessages } from '../locales';

export const storage = defineMessages({
  en: {
    storedSnooze: 'Snoozes (for an hour, and phrases)',
    storedNearby: 'Contacts marked nearby',
    storedCouldNotBeRead: 'Kept aside: could not be read',
  },
  es: {
    storedSnooze: 'Pausas (por una hora y frases)',
    storedNearby: 'Contactos marcados como cercanos',
    storedCouldNotBeRead: 'Apartado: no se pudo leer',
  },
  fr: {
    storedSnooze: 'Mises en pause (pour une heure, et phrases)',
    storedNearby: 'Contacts indiqués comme proches',
    storedCouldNotBeRead: 'Mis de côté : illisible',
  },
  de: {
    storedSnooze: 'Pausen (für eine Stunde und Sätze)',
    storedNearby: 'Als in der Nähe markierte Kontakte',
    storedCouldNotBeRead: 'Beiseitegelegt: nicht lesbar',
  },
  pt: {
    storedSnooze: 'Pausas (por uma hora e frases)',
    storedNearby: 'Contatos marcados como próximos',
    storedCouldNotBeRead: 'Guardado à parte: não foi possível ler',
  },
});
