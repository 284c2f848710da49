import type { MessageBox } from '../composer';
import type { InviteMode } from '../invite';
import type { SiteId } from './index';

/** What kind of box it is: a private conversation, a reply under something, or a new post. */
export type Surface = 'direct' | 'comment' | 'post' | 'unknown';

export interface BoxContext {
  surface: Surface;
  /** The other person's display name, read from a conversation header; only ever for direct messages. */
  recipient: string | null;
  /** Identifies the conversation, so a card never writes into another one after a switch. */
  conversation: string;
}

/** What Someday knows about one site: where its boxes are, who is on the other end, which mode fits. */
export interface SiteAdapter {
  site: SiteId | null;
  /** The message box holding `target`, by the site's own hooks first and the generic rule after. */
  findBox(target: Element): MessageBox | null;
  describe(box: MessageBox): BoxContext;
  /** The invite's mode for a detected wish of `kind` in this kind of box. */
  modeFor(kind: InviteMode, context: BoxContext): InviteMode;
}
