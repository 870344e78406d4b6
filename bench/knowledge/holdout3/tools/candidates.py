"""Completeness round helper: plain substring listing of documents containing hand-chosen stems
that are not yet judged for a query. No ranking, no search engine; output is sorted by doc id."""
import json, sys
docs = json.load(open(__import__('pathlib').Path(__file__).resolve().parents[1] / 'documents.json', encoding='utf-8'))
qs = {q['id']: q for q in json.load(open(sys.argv[1], encoding='utf-8'))}
STEMS = {
 'q01': ['aquatherm','oppervlaktewater','afvalwater','effluent','riothermie','teo','tea '],
 'q02': ['kostenverdel','verdeelsleutel','bijdrage','verdeeld'],
 'q03': ['energiearmoede','laag inkomen','lage inkomen','energiefixer','energiequote'],
 'q04': ['onboarding','inwerk','nieuwe collega','nieuwe medewerker','buddy'],
 'q05': ['congestie','netcapaciteit','stroomnet','netbeheerder','netverzwaring'],
 'q06': ['geotherm','aardwarmte'],
 'q07': ['detach','uitlen','ingebrachte uren','inbrengen'],
 'q08': ['monument','beschermd'],
 'q09': ['menukaart'],
 'q10': ['waterstof'],
 'q11': ['per woning','per aansluiting','onrendabele','aansluitbijdrage','investering'],
 'q12': ['samenwerkingsovereenkomst','overeenkomst'],
 'q13': ['verreken','doorbelast','uren schrijven','urenregistratie'],
 'q14': ['energiecoach','coach'],
 'q15': ['bewonersavond','informatieavond','bijeenkomst','avond'],
 'q16': ['corporatie','prestatieafspraak'],
 'q17': ['kennisdeling','kennisbank','leerkring','kennis'],
 'q18': ['isolatie','isoleren'],
 'q19': ['hybride'],
 'q20': ['sjabloon','wijkuitvoeringsplan','inhoudsopgave'],
 'q21': ['wup','wijkuitvoeringsplan','uitvoeringsplan'],
 'q22': ['tvw','transitievisie'],
 'q23': ['wcw','collectieve warmte','warmtekavel','warmtebedrijf'],
 'q24': ['wgiw','gemeentelijke instrumenten'],
 'q25': ['wko','warmte-koude','bodemenergie'],
 'q26': ['isde'],
 'q27': ['vve','vereniging van eigenaar','verenigingen van eigenaar'],
 'q28': ['res','regionale energiestrategie'],
 'q29': ['cdoke','capaciteit decentrale'],
 'q30': ['teo','tea','oppervlaktewater','afvalwater'],
 'q31': ['bodem','wko'],
 'q32': ['congestie','stroomnet','elektriciteitsnet','netcapaciteit','net zit vol','netverzwaring'],
 'q33': ['onrendabele','financiering','wis'],
 'q34': ['detach','uitlen','ingebrachte uren','inbrengen'],
 'q35': ['participatie','inspraak','klankbord','bewoners','enquête'],
 'q36': ['energieadvies','huisbezoek','keukentafel','energieloket','gratis'],
 'q37': ['energiearmoede','energierekening','betalingsachterstand','schuld','laag inkomen'],
 'q38': ['vve','appartement','alv'],
 'q39': ['oppervlaktewater','rivier','oude ijssel','teo','aquatherm'],
 'q40': ['inwerk','onboarding','nieuwe collega','nieuwe medewerker','buddy'],
 'q41': ['per woning','per aansluiting','aansluitbijdrage','maandlast','onrendabele'],
 'q42': ['capaciteitsaanvraag','hulpvraag','aanvraag','voorstel'],
 'q43': ['bijdrage','financiering','tarief','betaalt','begroting'],
 'q44': ['monument','beschermd','buitenunit'],
 'q45': ['verplicht','gaslevering','aanwijz'],
 'q46': ['energiecoach','coach','vrijwillig'],
 'q47': ['werkdagen','wachttijd','voorstel','wachtrij'],
 'q48': ['makelaar'],
 'q49': ['uittre','opzeg','uitstap','beëindig'],
 'q50': ['waterstof'],
 'q51': ['lokale binding','lokale kennis','inwonergericht','dorp','front stage','accent','dialect'],
 'q52': ['schaarste','voorrang','naar rato','wachtrij'],
 'q53': ['rapportage','raadsinformatie','verantwoording'],
 'q54': ['warmtebedrijf','aanwijzing','aanwijzen','selectie'],
 'q55': ['collectieve inkoop','inkoopactie','collectief','raamovereenkomst'],
 'q56': ['klein','groot','scenario','ontwerpatelier','start'],
 'q57': ['restwarmte','leveringszekerheid'],
 'q58': ['ventilatie','ventileren','vocht','schimmel'],
 'q59': ['koppelkans','riool','riolering','graafwerk'],
 'q60': ['functieprofiel','procesbegeleider','functie'],
}
for k in ['q61']: STEMS[k]=STEMS['q21']
STEMS['q62']=STEMS['q03']; STEMS['q63']=STEMS['q01']; STEMS['q64']=STEMS['q42']+['flexpool']
STEMS['q65']=['subsidie','isde','isolatie','lening']; STEMS['q66']=STEMS['q05']; STEMS['q67']=STEMS['q08']
STEMS['q68']=STEMS['q19']+['warmtepomp']; STEMS['q69']=STEMS['q12']; STEMS['q70']=['participatie']
only = sys.argv[2:] if len(sys.argv) > 2 else sorted(STEMS)
for qid in only:
    q = qs[qid]
    print(f"\n## {qid} [{q['query']}] judged={len(q['judgements'])}")
    for d in docs:
        if d['id'] in q['judgements']: continue
        text = (d['title'] + ' ' + d['summary'] + ' ' + d['body']).lower()
        hits = [s for s in STEMS[qid] if s in text]
        if hits:
            print(f"  {d['id']} {hits} | {d['title'][:70]}")
