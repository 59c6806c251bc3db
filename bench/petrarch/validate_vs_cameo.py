#!/usr/bin/env python3
"""Verb lemmas whose block header code is numeric in both PETR.Validate.verbs.txt and CAMEO.2.0.txt:
how many map to the same PLOVER type (CAMEO2PLOVER-2021 longest prefix)."""
import re
table=[(m.group(1),m.group(2)) for l in open('../shared/data/plover/CAMEO2PLOVER-2021.txt') for m in [re.match(r'^(\d{2,4}):\s*([A-Z]+)',l)] if m]
def plover(c):
    c2=[(p,t) for p,t in table if c.startswith(p)]
    return max(c2,key=lambda x:len(x[0]))[1] if c2 else None
def blocks(path):
    out={}; code=None; verbs=False
    for l in open(path,encoding='latin-1'):
        s=l.strip()
        if s.startswith('---'):
            m=re.search(r'\[([0-9]+)',s); code=m.group(1) if m else None; continue
        if not s or s[0] in '#~-<&+' or code is None: continue
        w=re.sub(r'\{[^}]*\}|\[[^\]]*\]','',s.split('#')[0]).split()
        if w and '_' not in w[0]: out.setdefault(w[0].lower(),code)
    return out
v=blocks('../shared/data/petrarch2/dictionaries/PETR.Validate.verbs.txt')
c=blocks('../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt')
both=[w for w in v if w in c]
same=[w for w in both if plover(v[w])==plover(c[w])]
print(f'PETR.Validate verb lemmas with numeric block code: {len(v)}; also coded in CAMEO.2.0: {len(both)}; same PLOVER type: {len(same)}')
for w in ['welcome','restore','warn','meet','condemn']:
    print(f'  {w}: Validate {v.get(w)}->{plover(v.get(w,"x"))}  CAMEO.2.0 {c.get(w)}->{plover(c.get(w,"x"))}')
