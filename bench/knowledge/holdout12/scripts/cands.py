import json,sys,re
docs=json.load(open('/work/holdout12/documents.json'))
DIS={'d007','d014','d021','d028','d035','d042','d049','d056','d063','d070','d077','d084','d091','d098','d105','d112','d119','d126','d133','d140','d147','d154','d156','d158','d160'}
for arg in sys.argv[1:]:
    stems=arg.split('|')
    print('==',arg)
    for d in docs:
        t=(d['title']+' '+d['summary']+' '+d['body']).lower()
        n=sum(t.count(s.lower()) for s in stems)
        if n: print(' ',d['id'],'X' if d['id'] in DIS else ' ',n,d['title'][:90])
