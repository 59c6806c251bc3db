#!/usr/bin/env python3
"""Heuristic classification of the misses written by misses.py (see report for categories)."""
import re, json, collections
L=open('./crates/dossier/src/events/lexicon.rs').read()
L=L[L.index('pub const TRIGGERS'):L.index('/// Trigger entries by word form')]
form_type=collections.defaultdict(set)
for m in re.finditer(r't!\(\s*\[(.*?)\].*?,\s*(\w+),',L,re.S):
    for f in re.findall(r'"([^"]+)"',m.group(1)): form_type[f].add(m.group(2).upper())
# real country codes: first 3 letters of codes in Phoenix country + international dictionaries
D='../shared/data/petrarch2/dictionaries/'
real=set()
for f in ['Phoenix.Countries.actors.txt','Phoenix.International.actors.txt','Phoenix.MilNonState.actors.txt']:
    for c in re.findall(r'\[([A-Z]{3})',open(D+f,encoding='latin-1').read()): real.add(c)
for k in ['val','unit']:
    ms=json.load(open(f'target/petrarch/{k}.misses.json'))
    cnt=collections.Counter(); fict=0
    for m in ms:
        toks=re.findall(r"[a-z][a-z'-]*",m['text'].lower())
        trig={t:form_type[t] for t in toks if t in form_type}
        codes=[c[:3] for c in (m['src'],m['tgt']) if c and c!='---']
        fic=any(c not in real for c in codes)
        fict+=fic
        gt=m['type']
        if m['system']:
            cat='A wrong-type event(s) emitted'
        elif any(gt in v for v in trig.values()):
            cat='B trigger of gold type present, no event'
        elif trig:
            cat='C only triggers of other types present, no event'
        else:
            cat='D no Dossier trigger word in sentence'
        m['cat']=cat; m['fict']=fic; m['trig']={a:sorted(b) for a,b in trig.items()}
        cnt[(cat,fic)]+=1
    print(k,len(ms),'misses; with non-real gold actor code:',fict)
    for (c,f),n in sorted(cnt.items()): print(f'  {c:50s} fictional={f!s:5s} {n}')
    json.dump(ms,open(f'target/petrarch/{k}.classified.json','w'),indent=1)
