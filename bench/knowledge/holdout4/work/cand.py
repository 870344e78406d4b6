# Hulpscript voor de volledigheidsronde: toont documenten die een van de opgegeven (hand gekozen) stammen bevatten.
# Gebruik: python3 cand.py qid stam1 stam2 ...   (stammen: kleine letters, substring-match)
import json, sys, re
docs = json.load(open('/work/holdout4/documents.json', encoding='utf-8'))
frozen = {q['id']: q for q in json.load(open('/work/holdout4/queries_initial_frozen.json', encoding='utf-8'))}
qid = sys.argv[1]; stems = [s.lower() for s in sys.argv[2:]]
j = frozen[qid]['judgements']
print('##', qid, frozen[qid]['query'], '| initial:', j)
for d in docs:
    text = (d['title'] + ' ' + d['summary'] + ' ' + d['body']).lower()
    hits = {s: text.count(s) for s in stems if s in text}
    if hits:
        mark = j.get(d['id'], '-')
        print(f"{d['id']} [{mark}] {d['title'][:80]} :: {hits}")
