#!/usr/bin/env python3
"""Re-create `dossier eval events` reading of PETRARCH2 records (same regexes and CAMEO->PLOVER
longest-prefix table as crates/dossier/src/eval/events.rs), run `dossier extract --format jsonl`,
and list gold events whose PLOVER type is not among the system events of the sentence."""
import re, json, subprocess, sys
TABLE='../shared/data/plover/CAMEO2PLOVER-2021.txt'
FILES={'val':'../shared/data/petrarch2/universalpetrarch/PETR2_GSR_validation.xml',
       'unit':'../shared/data/petrarch2/text/PETR.UnitTest.records.xml'}
table=[(m.group(1),m.group(2)) for l in open(TABLE) for m in [re.match(r'^(\d{2,4}):\s*([A-Z]+)',l)] if m]
def plover(code):
    c=[(p,t) for p,t in table if code.startswith(p)]
    return max(c,key=lambda x:len(x[0]))[1] if c else None
for key,f in FILES.items():
    xml=open(f,encoding='utf-8',errors='replace').read()
    recs=[]
    for s in re.finditer(r'(?s)<Sentence[^>]*?date="(\d{8})"[^>]*?id="([^"]+)"[^>]*>(.*?)</Sentence>',xml):
        body=s.group(3); t=re.search(r'(?s)<Text>(.*?)</Text>',body)
        if not t: continue
        text=' '.join(t.group(1).split()); evs=[]
        for c in re.finditer(r'<EventCoding ([^>]*)/?>',body):
            a=dict(re.findall(r'(\w+)="([^"]*)"',c.group(1)))
            if 'eventcode' not in a: continue
            ty=plover(a['eventcode'])
            if ty: evs.append(dict(code=a['eventcode'],type=ty,src=a.get('sourcecode',''),tgt=a.get('targetcode','')))
        if evs:
            d=s.group(1); recs.append(dict(id=s.group(2),published=f'{d[:4]}-{d[4:6]}-{d[6:]}',text=text,gold=evs))
    inp=f'target/petrarch/{key}.in.jsonl'
    with open(inp,'w') as o:
        for i,r in enumerate(recs): o.write(json.dumps(dict(id=f'{i:04d}',published=r['published'],text=r['text'] or '-'))+'\n')
    out=subprocess.run(['target/release/dossier','extract',inp,'--format','jsonl'],capture_output=True,text=True,cwd='/work/main').stdout
    docs=[json.loads(l) for l in out.splitlines() if l.strip()]
    bydoc={}
    for d in docs:
        did=d['doc']['id']
        bydoc[did]=d
    n=ok=0; miss=[]
    for i,r in enumerate(recs):
        d=bydoc.get(f'{i:04d}',{})
        sys_types=[e.get('type') or e.get('etype') for e in d.get('events',[])]
        trig=[(e.get('type') or e.get('etype'),e.get('trigger',{}).get('text') if isinstance(e.get('trigger'),dict) else e.get('trigger')) for e in d.get('events',[])]
        ents={e['id']:(e.get('name'),e.get('country')) for e in d.get('entities',[])}
        for g in r['gold']:
            n+=1
            if g['type'] in sys_types: ok+=1
            else: miss.append(dict(rid=r['id'],**g,text=r['text'],system=trig,entities=list(ents.values())))
    print(key,'records',len(recs),'events',n,'typed',ok, f'{ok/n:.3f}')
    json.dump(miss,open(f'target/petrarch/{key}.misses.json','w'),indent=1)
