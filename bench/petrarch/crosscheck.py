#!/usr/bin/env python3
"""For each miss (classified.json): (1) words of the sentence that are forms of a CAMEO.2.0 verb lemma
(lemma, listed forms, regular inflections) absent from Dossier's trigger forms -> 'lexicon gap candidates';
(2) for misses where Dossier emitted an event, the CAMEO.2.0 block code (header [code], when not ---)
of the trigger word, mapped to PLOVER, vs Dossier's type and the gold type."""
import re, json, collections, sys
from inflect import infl
sys.path.insert(0,'bench/petrarch')
D='../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt'
lines=open(D,encoding='latin-1').read().split('\n')
start=[i for i,l in enumerate(lines) if l.startswith('####### VERB PATTERNS')][0]
form2code={}; form2lemma={}; code=None
for l in lines[start+1:]:
    s=l.strip()
    if not s or s[0] in '#~-' and not s.startswith('---'): continue
    if s.startswith('---'):
        m=re.search(r'\[([0-9]+)',s); code=m.group(1) if m else None; continue
    if s.startswith('+'): continue
    body=s.split('#')[0]
    extra=[f.lower() for g in re.findall(r'\{([^}]*)\}',body) for f in g.split()]
    head=re.sub(r'\{[^}]*\}|\[[^\]]*\]','',body).split()
    if not head or '_' in head[0]: continue
    lem=head[0].lower()
    for f in infl(lem)|set(extra):
        form2lemma.setdefault(f,lem)
        if code: form2code.setdefault(f,code)
table=[(m.group(1),m.group(2)) for l in open('../shared/data/plover/CAMEO2PLOVER-2021.txt') for m in [re.match(r'^(\d{2,4}):\s*([A-Z]+)',l)] if m]
def plover(c):
    c2=[(p,t) for p,t in table if c.startswith(p)]
    return max(c2,key=lambda x:len(x[0]))[1] if c2 else None
L=open('./crates/dossier/src/events/lexicon.rs').read()
L=L[L.index('pub const TRIGGERS'):L.index('/// Trigger entries by word form')]
dforms=set()
for m in re.finditer(r't!\(\s*\[(.*?)\]',L,re.S): dforms|=set(re.findall(r'"([^"]+)"',m.group(1)))
STOP={'is','are','was','were','be','been','has','have','had','said','says','say','will','would','told','reported','report','reports'}
for k in ['val','unit']:
    ms=json.load(open(f'target/petrarch/{k}.classified.json'))
    gap=collections.Counter(); nogap=0; agree=disagree=unknown=0
    for m in ms:
        if m['cat'].startswith('D') or m['cat'].startswith('C'):
            toks=re.findall(r"[a-z][a-z'-]*",m['text'].lower())
            miss={form2lemma[t] for t in toks if t in form2lemma and t not in dforms and t not in STOP}
            if miss:
                for x in miss: gap[x]+=1
            else: nogap+=1
            m['gap']=sorted(miss)
        else:
            res=set()
            for ty,tr in m['system']:
                w=(tr or '').lower().split()[0] if tr else ''
                c=form2code.get(w)
                if c: res.add((ty,plover(c)))
            if not res: unknown+=1
            elif any(a==b for a,b in res): agree+=1
            else: disagree+=1
    nd=sum(1 for m in ms if m['cat'][0] in 'CD')
    print(f'{k}: no-event misses {nd}; with >=1 CAMEO.2.0 verb form not in Dossier: {nd-nogap}; without: {nogap}')
    print('   most frequent missing lemmas:',gap.most_common(15))
    print(f'   wrong-type misses: Dossier type == PLOVER type of CAMEO.2.0 block code of trigger: {agree}; differs: {disagree}; trigger not a coded CAMEO.2.0 block verb: {unknown}')
    json.dump(ms,open(f'target/petrarch/{k}.classified.json','w'),indent=1)
