import json, re, hashlib
from collections import Counter
B='/work/holdout14/'
docs=json.load(open(B+'documents.json',encoding='utf-8'))
qs=json.load(open(B+'queries.json',encoding='utf-8'))
fr=json.load(open(B+'queries_initial_frozen.json',encoding='utf-8'))
dis=set(open(B+'src/distractors.txt').read().split())
ids=[d['id'] for d in docs]
assert len(docs)==160 and len(set(ids))==160
for d in docs: assert set(d)=={'id','title','summary','body','kind','phase'}
assert len(qs)==70 and Counter(q['kind'] for q in qs)=={k:10 for k in ['short','multiword','questions','abbreviations','compounds','typos','synonyms']}
assert [(q['id'],q['query'],q['kind']) for q in qs]==[(q['id'],q['query'],q['kind']) for q in fr], 'queries changed'
print('frozen sha256', hashlib.sha256(open(B+'queries_initial_frozen.json','rb').read()).hexdigest())
av={l.split('\t')[0]:[w.strip().lower() for w in l.rstrip('\n').split('\t')[1].split(',')] for l in open(B+'src/avoided_words.tsv',encoding='utf-8')}
D={d['id']:d for d in docs}
def toks(d): return set(re.findall(r"[a-zà-ÿ+']+",(d['title']+' '+d['summary']+' '+d['body']).lower()))
nj=0; used=set()
for q in qs:
    j=q['judgements']; nj+=len(j); used|=set(j)
    assert all(x in D for x in j), q['id']
    assert not (set(j)&dis), (q['id'], set(j)&dis)
    assert all(g in (1,2,3) for g in j.values())
    assert 3 in j.values(), q['id']
    if not 5<=len(j)<=17: print('WARN count',q['id'],len(j))
    if q['kind']=='synonyms':
        for x in j:
            bad=set(av[q['id']])&toks(D[x])
            assert not bad,(q['id'],x,bad)
    if q['kind'] in ('multiword','questions'):
        for x in j:
            if q['query'].lower().rstrip('?') in (D[x]['body']+D[x]['title']).lower(): print('WARN verbatim',q['id'],x)
for d in docs:
    if d['id'] not in dis and re.search(r'\bstadsverwarming\b|\bgas\b',(d['title']+d['summary']+d['body']).lower()): print('WARN word in heat doc',d['id'])
print('docs',len(docs),'distractors',len(dis),'queries',len(qs),'judgements',nj,'grades',Counter(g for q in qs for g in q['judgements'].values()))
print('non-distractor docs never judged:',sorted(set(ids)-dis-used))
print('OK')
