import { splitByPhrases } from './highlight';

/**
 * Text with screening's matches marked. `<mark>` is how the matched wording is found by eye; the visually hidden
 * prefix tells screen-reader users, who do not hear the highlight, that the words were flagged.
 */
export function HighlightedText({ text, phrases }: { text: string; phrases: readonly string[] }) {
  return (
    <>
      {splitByPhrases(text, phrases).map((segment, i) =>
        segment.flagged ? (
          <span key={i}>
            <span className="visually-hidden">（筛查提示）</span>
            <mark className="review-flag" title="自动筛查提示">
              {segment.text}
            </mark>
          </span>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
