/**
 * A profile text as written: paragraphs, and lines starting with "- " as a list (the brochure's
 * *Miten* is a list); a line that is only a web address becomes a link. Rendered as text, never as markup.
 */
export function ProfileText({ text }: { text: string }) {
  const blocks: Array<{ kind: 'p'; text: string } | { kind: 'ul'; items: string[] }> = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const bullet = /^[-–•]\s+(.*)$/.exec(line);
    const last = blocks.at(-1);
    if (bullet) {
      if (last?.kind === 'ul') last.items.push(bullet[1]!);
      else blocks.push({ kind: 'ul', items: [bullet[1]!] });
    } else blocks.push({ kind: 'p', text: line });
  }
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === 'p' ? (
          <p key={index}>
            {/^https?:\/\/\S+$/.test(block.text) ? <a href={block.text}>{block.text}</a> : block.text}
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
