# chore: check that documents judged relevant (any grade) for synonym queries do not contain
# the avoided words from src/avoided_words.tsv (whole word, or as part of a compound/inflection)
import json, re, csv
docs={d['id']:d for d in json.load(open('documents.json',encoding='utf-8'))}
J={q['id']:q['judgements'] for q in json.load(open('queries.json',encoding='utf-8'))}
rows=list(csv.reader(open('src/avoided_words.tsv',encoding='utf-8'),delimiter='\t'))[1:]
bad=0; checked=0
for qid,query,avoid,_ in rows:
    words=[w.strip().lower() for w in avoid.split(',')]
    for did in J[qid]:
        d=docs[did]; toks=re.findall(r"[a-zà-ÿ'-]+",(d['title']+' '+d['summary']+' '+d['body']).lower())
        for w in words:
            checked+=1
            if len(w)<=4: hits=[t for t in toks if t==w or t.startswith(w+'e') and w=='jong']
            else: hits=[t for t in toks if w in t or (len(w)>7 and t.startswith(w[:-2]))]
            if hits: print('PROBLEEM',qid,did,w,hits[:3]); bad+=1
print('checks',checked,'problems',bad)
