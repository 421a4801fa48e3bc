import { describe, expect, it } from 'vitest';
import { parseBibFile } from '../../src/components/bib/bibtex';
import { formatReference } from '../../src/components/bib/format';

const FIXTURE = String.raw`
@article{lecun1998,
  author  = {LeCun, Yann and Bottou, L{\'e}on and Bengio, Yoshua and Haffner, Patrick},
  title   = {Gradient-Based Learning Applied to Document Recognition},
  journal = {Proceedings of the {IEEE}},
  year    = {1998}, volume = {86}, number = {11}, pages = {2278--2324},
  doi     = {10.1109/5.726791}
}
@inproceedings{kingma2014,
  author    = {Kingma, Diederik P. and Welling, Max},
  title     = {Auto-Encoding Variational {Bayes}},
  booktitle = {International Conference on Learning Representations ({ICLR})},
  year      = {2014},
  url       = {https://arxiv.org/abs/1312.6114}
}
@book{bishop2006,
  author = {Bishop, Christopher M.}, title = {Pattern Recognition and Machine Learning},
  publisher = {Springer}, year = {2006}
}
@article{gaia2018,
  author  = {{Gaia Collaboration} and Babusiaux, C. and van Leeuwen, F.},
  title   = {Observational {Hertzsprung--Russell} diagrams},
  journal = {Astronomy \& Astrophysics}, year = {2018}, volume = {616}, pages = {A10},
  doi     = {10.1051/0004-6361/201832843}
}
@misc{slides2023,
  title = {Autoencoders}, howpublished = {Workshop on Machine Learning Techniques}, year = {2023}
}
@article{many2019,
  author = {A, Ann and B, Bo and C, Cy and D, Di and E, Ed and F, Fa and G, Gu and H, Ho and I, Iz and J, Jo and
            K, Ka and L, Lu and M, Mo and N, Ny and O, Ol and P, Pi and Q, Qu and R, Ra and S, Si and T, Ty and U, Ul and V, Vi},
  title = {Twenty-two authors}, journal = {Journal}, year = {2019}
}
@article{unsafe2020,
  author = {Doe, Jane}, title = {Less than <script>alert(1)</script> & more}, journal = {J}, year = {2020},
  url = {https://example.org/?a=1&b=2}
}
`;

const entries = new Map(parseBibFile(FIXTURE, 'fixture.bib').map((e) => [String(e.id), e]));
const fmt = (key: string, links = true) => formatReference(entries.get(key)!, { links });

describe('formatReference (APA through citation-js)', () => {
  it('formats a journal article with volume, issue, pages and the DOI as a link', () => {
    expect(fmt('lecun1998')).toBe(
      'LeCun, Y., Bottou, L., Bengio, Y., &#38; Haffner, P. (1998). Gradient-Based Learning Applied to Document Recognition. ' +
        '<i>Proceedings of the IEEE</i>, <i>86</i>(11), 2278–2324. ' +
        '<a href="https://doi.org/10.1109/5.726791">https://doi.org/10.1109/5.726791</a>',
    );
  });

  it('prints the DOI as text when links are off (the popover)', () => {
    expect(fmt('lecun1998', false)).toMatch(/2278–2324\. https:\/\/doi\.org\/10\.1109\/5\.726791$/);
    expect(fmt('lecun1998', false)).not.toMatch(/<a\b/);
  });

  it('links the URL when there is no DOI, and keeps protected capitals', () => {
    expect(fmt('kingma2014')).toBe(
      'Kingma, D. P., &#38; Welling, M. (2014). Auto-Encoding Variational Bayes. ' +
        '<i>International Conference on Learning Representations (ICLR)</i>. ' +
        '<a href="https://arxiv.org/abs/1312.6114">https://arxiv.org/abs/1312.6114</a>',
    );
  });

  it('writes author lists the APA way: one, a corporate author, and more than twenty', () => {
    expect(fmt('bishop2006')).toBe('Bishop, C. M. (2006). <i>Pattern Recognition and Machine Learning</i>. Springer.');
    expect(fmt('gaia2018')).toMatch(
      /^Gaia Collaboration, Babusiaux, C., &#38; van Leeuwen, F\. \(2018\)\. Observational Hertzsprung–Russell diagrams\. <i>Astronomy &#38; Astrophysics<\/i>, <i>616<\/i>, A10\./,
    );
    // APA 7: the first nineteen, an ellipsis, then the last.
    expect(fmt('many2019')).toMatch(/^A, A\., B, B\., .* S, S\., … V, V\. \(2019\)\./);
    expect(fmt('many2019')).not.toMatch(/T, T\./);
  });

  it('copes with missing fields: no author, no venue, no link', () => {
    expect(fmt('slides2023')).toBe('<i>Autoencoders</i>. (2023). Workshop on Machine Learning Techniques.');
  });

  it('escapes markup written in a field', () => {
    const html = fmt('unsafe2020');
    expect(html).not.toMatch(/<script/);
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('<a href="https://example.org/?a=1&#38;b=2">');
  });
});
