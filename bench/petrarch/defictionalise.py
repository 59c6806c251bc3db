#!/usr/bin/env python3
"""Experiment: replace the fictional actor names of PETR.Validate.actors.txt (entries whose code's
first 3 letters is not a code in the Phoenix country/international/non-state dictionaries) by real
country names in the unit-test misses, re-run dossier, count misses that become typed hits."""
import re, json, subprocess
D='../shared/data/petrarch2/dictionaries/'
real=set()
for f in ['Phoenix.Countries.actors.txt','Phoenix.International.actors.txt','Phoenix.MilNonState.actors.txt']:
    real|=set(re.findall(r'\[([A-Z]{3})',open(D+f,encoding='latin-1').read()))
names=[]; cur=None
for l in open(D+'PETR.Validate.actors.txt',encoding='latin-1'):
    s=l.split('#')[0].rstrip()
    if not s or s.startswith('<'): continue
    m=re.match(r"^([A-Za-z][^\[]*?)\s*\[([A-Za-z-]{3})",s)
    if m: cur=m.group(2).upper(); nm=m.group(1)
    elif s.startswith('+'): nm=s[1:].split('[')[0]
    else: continue
    if cur and cur not in real and cur!='---':
        nm=nm.strip().strip('_').replace('_',' ')
        if len(nm)>2: names.append(nm)
names=sorted(set(names),key=len,reverse=True)
print('fictional names:',len(names))
REAL=['France','Germany','Japan','Brazil','Kenya','Peru','Norway','Egypt','India','Chile']
ms=json.load(open('target/petrarch/unit.classified.json'))
with open('target/petrarch/unit.defict.jsonl','w') as o:
    for i,m in enumerate(ms):
        t=m['text']; k=0
        for n in names:
            pat=re.compile(r'\b'+re.escape(n)+r'\b',re.I)
            if pat.search(t): t=pat.sub(REAL[k%len(REAL)],t); k+=1
        o.write(json.dumps(dict(id=f'{i:04d}',text=t))+'\n')
out=subprocess.run(['target/release/dossier','extract','target/petrarch/unit.defict.jsonl','--format','jsonl'],capture_output=True,text=True).stdout
docs={json.loads(l)['doc']['id']:json.loads(l) for l in out.splitlines()}
fixed=0
for i,m in enumerate(ms):
    types={e['type'] for e in docs[f'{i:04d}']['events']}
    if m['type'] in types: fixed+=1; print('  fixed:',m['rid'],m['code'],m['type'])
print('unit misses',len(ms),'become hits after substitution:',fixed)
