/**
 * The skeleton of a new chapter: every authoring component of the book in use once,
 * and in each place an instruction saying what to write there. It builds as it is.
 */

export interface ChapterInput {
  title: string;
  /** The slug, used to keep the skeleton's ids unique in the book. */
  slug: string;
  /** A key of content/references.bib, so that the sample citation resolves. */
  citeKey: string;
}

const IMPORTS = [
  "import Cite from '~/components/bib/Cite.astro';",
  "import References from '~/components/bib/References.astro';",
  "import Ref from '~/components/Ref.astro';",
  "import Equation from '~/components/Equation.astro';",
  "import Table from '~/components/Table.astro';",
  "import Exercise from '~/components/exercise/Exercise.astro';",
  "import Hint from '~/components/exercise/Hint.astro';",
  "import Answer from '~/components/exercise/Answer.astro';",
  "import Check from '~/components/exercise/Check.astro';",
];

function frontmatter({ title }: ChapterInput): string {
  return `---
title: ${title}
description: Replace this sentence with one that says what the chapter teaches; the home page and search results show it.
---`;
}

const objectives = `In this chapter you will:

- replace this line with the first thing a reader can do after the chapter, starting with a verb;
- replace this line with the second (three to six objectives in all).

Replace this paragraph with the chapter's opening: the question it answers, and how it follows from the chapter before.`;

function section({ slug, citeKey }: ChapterInput): string {
  return `## Replace this heading with the first section's topic

Replace this paragraph with the section's text. Cite a source by its key in \`content/references.bib\`, as here <Cite key="${citeKey}" />; the number and the chapter's reference list are computed. Number a display equation by wrapping it in \`<Equation>\`, and refer to it as <Ref to="${slug}-mean" />:

<Equation id="${slug}-mean">

$$
\\bar{x} = \\frac{1}{n} \\sum_{i=1}^{n} x_i
$$

</Equation>

Replace this sentence with the one that introduces the table; a numbered table wraps one Markdown table:

<Table id="${slug}-table" caption="Replace this caption with what the table compares">

| replace these | column headings |
| --- | --- |
| and these | cells |

</Table>`;
}

function exercises({ slug }: ChapterInput): string {
  return `## Exercises

<Exercise id="${slug}-mean-by-hand" title="Replace this title">
Replace this question with your own. As written it asks: using <Ref to="${slug}-mean" />, what is the mean of $2$, $4$ and $9$?

<Hint>Replace this hint with a first step that does not give the answer away.</Hint>

<Check answer={5} tolerance={0} label="$\\bar{x} =$" />

<Answer>
Replace this worked answer with yours, and compute the value of every \`<Check>\` before you state it: here $\\bar{x} = (2 + 4 + 9)/3 = 15/3 = 5$.
</Answer>
</Exercise>`;
}

const summary = `## Summary

- Replace this line with the chapter's first main point.
- Replace this line with the second.`;

const references = `## References

<References />`;

/** The MDX source of the skeleton. */
export function chapterSource(input: ChapterInput): string {
  return (
    [frontmatter(input), IMPORTS.join('\n'), objectives, section(input), exercises(input), summary, references].join('\n\n') +
    '\n'
  );
}
