// A notice's Markdown shown as the service renders it (the same parser as its HTML and PDF documents), with
// every blank ("[REQUIRED: …]", "[OBLIGATORIU: …]") highlighted and numbered so a list can jump to it.
import { Fragment, type ReactNode } from 'react';
import { inlineRuns, parseBlocks } from '../../src/notices/render/markdown-blocks.js';
import { unfilledPlaceholders } from '../../src/notices/render/placeholders.js';

export const blankId = (n: number) => `blank-${n + 1}`;

/** Splits text at its blanks, numbering them from `counter.next`. */
function withBlanks(text: string, counter: { next: number }): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  for (const blank of unfilledPlaceholders(text)) {
    const at = rest.indexOf(blank);
    if (at > 0) out.push(rest.slice(0, at));
    const id = blankId(counter.next++);
    out.push(
      <mark key={id} id={id} className="blank" tabIndex={-1}>
        {blank}
      </mark>,
    );
    rest = rest.slice(at + blank.length);
  }
  if (rest) out.push(rest);
  return out;
}

function inline(text: string, counter: { next: number }): ReactNode {
  return inlineRuns(text).map((run, i) => (
    <Fragment key={i}>{run.bold ? <strong>{withBlanks(run.text, counter)}</strong> : withBlanks(run.text, counter)}</Fragment>
  ));
}

export function NoticeDocument({ markdown, lang, headingOffset = 1 }: { markdown: string; lang: string; headingOffset?: number }) {
  const counter = { next: 0 };
  return (
    <div className="document" lang={lang}>
      {parseBlocks(markdown).map((block, i) => {
        switch (block.kind) {
          case 'heading': {
            // The page already has its h1: the document's headings sit below the section's own.
            const Tag = `h${Math.min(6, block.level + headingOffset)}` as 'h2';
            return <Tag key={i}>{inline(block.text, counter)}</Tag>;
          }
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{inline(item, counter)}</li>
                ))}
              </ul>
            );
          case 'paragraph':
            return <p key={i}>{inline(block.lines.join('\n'), counter)}</p>;
        }
      })}
    </div>
  );
}

/** The blanks in order, each a link to its place in the document. */
export function BlankList({ markdown, emptyText }: { markdown: string; emptyText: string }) {
  const blanks = unfilledPlaceholders(markdown);
  if (!blanks.length) return <p>{emptyText}</p>;
  return (
    <ol>
      {blanks.map((blank, n) => (
        <li key={n}>
          <a
            href={`#${blankId(n)}`}
            onClick={(e) => {
              e.preventDefault();
              const target = document.getElementById(blankId(n));
              target?.scrollIntoView({ block: 'center' });
              target?.focus();
            }}
          >
            {blank}
          </a>
        </li>
      ))}
    </ol>
  );
}
