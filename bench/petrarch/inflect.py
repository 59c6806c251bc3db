"""Regular English verb inflections, shared by the coverage scripts."""
import re


def infl(w):
    """The lemma `w` with its regular -s, -es, -ed, -d and -ing forms."""
    out = {w, w + 's', w + 'es', w + 'ed', w + 'd', w + 'ing'}
    if w.endswith('e'):
        out |= {w[:-1] + 'ing'}
    if w.endswith('y'):
        out |= {w[:-1] + 'ies', w[:-1] + 'ied'}
    if re.search(r'[^aeiou][aeiou][bdgmnprt]$', w):
        out |= {w + w[-1] + 'ed', w + w[-1] + 'ing'}
    return out
