// Slack Block Kit building blocks shared by every message, answer and form Breach Desk sends. Pure.

// Slack takes 3000 characters in a section and 150 in a header.
export const MAX_SECTION_LENGTH = 3000;
export const MAX_HEADER_LENGTH = 150;
// Every form element answers under this one action id; its block id names the fact.
export const INPUT = 'input';

export const section = (mrkdwn: string) => ({ type: 'section', text: { type: 'mrkdwn', text: mrkdwn } });
export const context = (mrkdwn: string) => ({ type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn }] });
export const header = (text: string) => ({
  type: 'header',
  text: { type: 'plain_text', text: truncate(text, MAX_HEADER_LENGTH), emoji: true },
});

/** A form field: `element` answers under INPUT in the block `blockId`. */
export function input(blockId: string, label: string, element: Record<string, unknown>, optional = false): unknown {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: { type: 'plain_text', text: label },
    element: { ...element, action_id: INPUT },
  };
}

/** Titles and names are typed by people: `<!channel>` in a title must not page the channel. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function truncate(text: string, maxLength: number): string {
  const characters = Array.from(text);
  return characters.length <= maxLength ? text : `${characters.slice(0, maxLength - 1).join('')}…`;
}

/** Lines for one section, cut to what Slack takes. */
export const longText = (lines: string[]) => truncate(lines.join('\n'), MAX_SECTION_LENGTH);

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
