/**
 * The content side's files in a build, with their sizes: the content script the manifest lists and
 * every file the page may load from the extension (web_accessible_resources), and whether a library
 * the card does not need slipped into one of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentFile {
  path: string;
  bytes: number;
  gzipBytes: number;
  /** Libraries found in the file that the content side should never carry. */
  strays: string[];
}

/** Strings each library carries through minification (error messages). */
const STRAYS: Record<string, string> = {
  zod: 'ZodError',
  'ical.js': 'invalid ical body',
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Turns a manifest resource pattern ("content/*.js") into a matcher. */
function patternMatcher(pattern: string): (path: string) => boolean {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const regex = new RegExp(`^${source}$`);
  return (path) => regex.test(path);
}

export function contentFiles(extension: string): ContentFile[] {
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: ({ resources: string[] } | string)[];
  };
  const patterns = [
    ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.resources)),
  ].map(patternMatcher);
  return walk(extension)
    .map((path) => relative(extension, path))
    .filter((path) => path.endsWith('.js') && patterns.some((matches) => matches(path)))
    .sort()
    .map((path) => {
      const content = readFileSync(join(extension, path));
      const text = content.toString('utf8');
      return {
        path,
        bytes: content.length,
        gzipBytes: gzipSync(content).length,
        strays: Object.entries(STRAYS)
          .filter(([, marker]) => text.includes(marker))
          .map(([name]) => name),
      };
    });
}
