/**
 * One-off, reviewed: gives the older corpus files (tests/detect/corpus/<lang>.jsonl,
 * written before the guide had surface / addressed / register) those fields.
 * Those messages were all written as messages to a reader, so:
 * - a line opening with an @mention, or whose reason says X / tweet / reply, is an X reply:
 *   surface "comment", addressed true, register "x-reply";
 * - a reason or text that says LinkedIn is surface "direct", register "linkedin";
 * - a salutation or sign-off ("Hi Maria,", "Dear", "Best,", "Regards") is register "email";
 * - everything else is a chat message: surface "direct", addressed true, register "chat".
 * Lines that already carry the fields are left as they are. Run: `npx tsx scripts/corpus-surfaces.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'tests', 'detect', 'corpus');
const EMAIL = /^(?:hi|hello|dear|hola|bonjour|hallo|olá|ola|estimad[oa]|sehr geehrte|caro|cara)\b[^\n,]{0,30},|(?:^|\n)\s*(?:best|(?:kind |best )?regards|sincerely|cheers|saludos|un saludo|cordialement|bien à vous|(?:viele |liebe |beste )?grüße|abraços|atenciosamente)\b[^\n]{0,30}$/iu;

for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl'))) {
  const path = join(dir, file);
  const counts: Record<string, number> = {};
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => {
      if (!line.trim()) return line;
      const entry = JSON.parse(line) as Record<string, unknown>;
      if ('surface' in entry) return line;
      const text = String(entry.text);
      const reason = String(entry.reason ?? '');
      let surface = 'direct';
      let register = 'chat';
      if (/^@\w/u.test(text) || /\b(?:x|tweet|twitter|reply)\b/iu.test(reason)) {
        surface = 'comment';
        register = 'x-reply';
      } else if (/linkedin/iu.test(reason) || /linkedin/iu.test(text)) register = 'linkedin';
      else if (EMAIL.test(text)) register = 'email';
      counts[register] = (counts[register] ?? 0) + 1;
      const { text: t, label, span, reason: r, split, ...rest } = entry;
      const ordered = { text: t, label, ...(span === undefined ? {} : { span }), reason: r, surface, addressed: true, register, split, ...rest };
      // The files' own layout: `"key": value` pairs joined by ", ".
      return `{${Object.entries(ordered)
        .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
        .join(', ')}}`;
    });
  writeFileSync(path, lines.join('\n'));
  console.log(file, counts);
}
