#!/usr/bin/env python3
"""Hulpscript: woordtelling per bron en controle op vermeden woorden (alleen voor schrijven)."""
import os, glob, statistics, re, unicodedata
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
counts={}
for p in sorted(glob.glob(os.path.join(BASE,"src","docs","d*.txt"))):
    t=open(p,encoding="utf-8").read()
    head,_,body=t.partition("\n\n")
    meta=dict((l.split(":",1)[0].strip(),l.split(":",1)[1].strip()) for l in head.splitlines())
    counts[os.path.basename(p)[:4]]=len((meta["title"]+" "+meta["summary"]+" "+body).split())
v=list(counts.values())
print("n",len(v),"min",min(v),"median",statistics.median(v),"over300",sum(x>300 for x in v))
print("short(<80):",[k for k,x in counts.items() if x<80])
import sys
if len(sys.argv)>1:
    for k in sys.argv[1:]: print(k,counts.get(k))
