"""Apply hand-made completeness-round grades: python3 add.py q01 e054:1 e101:1 ..."""
import json, sys
p=str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'queries.json')
qs=json.load(open(p,encoding='utf-8'))
qid=sys.argv[1]
q=next(x for x in qs if x['id']==qid)
for a in sys.argv[2:]:
    d,g=a.split(':'); q['judgements'][d]=int(g)
json.dump(qs,open(p,'w',encoding='utf-8'),ensure_ascii=False,indent=1)
