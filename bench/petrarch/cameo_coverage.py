#!/usr/bin/env python3
"""Count CAMEO.2.0.txt verb lemmas/patterns and check which lemmas Dossier's lexicon.rs knows.
Method: verb section = lines after '####### VERB PATTERNS'. Block header '--- NAME [code] ---'.
Verb line = non-blank line not starting with '-', '#', '~' ; first token (minus leading '+') is the lemma;
'{...}' lists irregular forms. '+' or '_' in lemma => multi-word verb. Pattern line = starts with '- '.
Dossier forms = every string literal inside the first [...] (forms) of each t!(...) in TRIGGERS.
A lemma is 'covered' if the lemma, a listed form, or a regular inflection (s/es/ed/d/ing, e-drop+ing,
y->ies/ied) is a Dossier form. Multi-word: covered if both the head-word form and the particle appear as
form + 'then' pair in Dossier."""
import re, sys
from inflect import infl
D='../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt'
L='./crates/dossier/src/events/lexicon.rs'
lines=open(D,encoding='latin-1').read().split('\n')
start=[i for i,l in enumerate(lines) if l.startswith('####### VERB PATTERNS')][0]
blocks=0; lemmas={}; multi={}; patterns=0; pat_multi=0; codes=set()
for l in lines[start+1:]:
    s=l.strip()
    if not s: continue
    if s.startswith('---'):
        blocks+=1; continue
    if s.startswith('- '):
        patterns+=1
        body=s[2:].split('#')[0]
        m=re.search(r'\[([0-9A-Za-z:-]+)\]',body)
        if m: codes.add(m.group(1))
        continue
    if s[0] in '#~-': continue
    body=s.split('#')[0]
    forms=re.findall(r'\{([^}]*)\}',body)
    extra=[f.lstrip('+').lower() for grp in forms for f in grp.split()]
    head=re.sub(r'\{[^}]*\}|\[[^\]]*\]','',body).split()
    if not head: continue
    lem=head[0].lstrip('+').lower()
    if '_' in lem or s.startswith('+'): multi[lem]=extra
    else: lemmas[lem]=extra
src=open(L).read()
src=src[src.index('pub const TRIGGERS'):src.index('/// Trigger entries by word form')]
forms=set(); pairs=set()
for m in re.finditer(r't!\(\s*\[(.*?)\](\s*then\s*\[(.*?)\])?',src,re.S):
    fs=re.findall(r'"([^"]+)"',m.group(1)); forms|=set(fs)
    if m.group(3):
        for f in fs:
            for n in re.findall(r'"([^"]+)"',m.group(3)): pairs.add((f,n))
cov=[w for w,x in lemmas.items() if (infl(w)|set(x))&forms]
mcov=[]
for w,x in multi.items():
    parts=w.split('_'); h=parts[0]; rest=parts[1] if len(parts)>1 else ''
    if any((f,rest) in pairs for f in infl(h)|{p.split('_')[0] for p in x}): mcov.append(w)
print(f'verb blocks (--- headers): {blocks}')
print(f'single-word verb lemmas: {len(lemmas)}; multi-word verbs: {len(multi)}')
print(f'pattern lines (- ...): {patterns}; distinct codes in patterns: {len(codes)}')
print(f'Dossier trigger forms: {len(forms)}; form+then pairs: {len(pairs)}; t! entries: {src.count("t!(")}')
print(f'single-word lemmas covered: {len(cov)} / {len(lemmas)} = {len(cov)/len(lemmas):.3f}')
print(f'multi-word verbs covered: {len(mcov)} / {len(multi)}')
if '-v' in sys.argv:
    print('covered:',' '.join(sorted(cov)))
    print('multi covered:',' '.join(sorted(mcov)))
