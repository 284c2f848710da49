import type { SiteId } from '../../core/site-ids';
import type { MessageBox } from '../message-box';
import type { EditorKind } from '../editors/types';
import type { InviteMode } from '../../core/invite-text';

/** The sites Someday runs on (core/site-ids.ts). Each has one adapter in this folder, listed in `./index.ts`. */
export type { SiteId };

/** What kind of box it is: a private conversation, a reply under something, or a new post. */
export type Surface = 'direct' | 'comment' | 'post' | 'unknown';

export interface BoxContext {
  surface: Surface;
  /**
   * The text is aimed at someone by where it is written: a direct message or a reply. An @mention
   * in a post is in the text itself, which the detector reads.
   */
  addressed: boolean;
  /** The other person's display name, read from a conversation header; only ever for direct messages. */
  recipient: string | null;
  /** Identifies the conversation, so a card never writes into another one after a switch. */
  conversation: string;
}

/** What Someday knows about one page: where its boxes are, which editor each is, who is on the other end. */
export interface PageAdapter {
  site: SiteId | null;
  /** The message box holding `target`, by the site's own hooks first and the generic rule after. */
  findBox(target: Element): MessageBox | null;
  /**
   * The editor a box found by `findBox` is built with, as the site is known to use it; null when
   * the site does not say, and the generic sniff in `page/editors` decides.
   */
  editorKind(box: MessageBox): EditorKind | null;
  describe(box: MessageBox): BoxContext;
  /** The invite's mode for a detected wish of `kind` in this kind of box. */
  modeFor(kind: InviteMode, context: BoxContext): InviteMode;
}

/** A supported site: its adapter, its name for people, and the hosts it is served from. */
export interface SiteAdapter extends PageAdapter {
  site: SiteId;
  label: string;
  /** Registrable hosts; the site's subdomains match too. The manifest's match patterns come from these. */
  hostSuffixes: readonly string[];
}
