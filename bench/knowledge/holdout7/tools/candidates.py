"""Volledigheidsronde: per zoekvraag handgekozen woordstammen (incl. synoniemen en spellingsvarianten).
Toont alle documenten waarin een stam voorkomt en die nog geen oordeel hebben, met een stukje context."""
import json, re, sys
STEMS = {
 "q01": ["mijnwater", "mijnwaternet"],
 "q02": ["aquatherm", "oppervlaktewater", "^teo", "kanaalwater", "afvalwater"],
 "q03": ["energiearm", "energiequote", "energierekening", "energiefix", "lage inkomen", "laag inkomen"],
 "q04": ["trainee", "opleid", "omscholing"],
 "q05": ["netcongestie", "net vol", "vol net", "netcapaciteit", "netverzwaring", "wachtlijst", "wachtrij", "transportindicatie", "capaciteit van het elektriciteitsnet", "stroomnet"],
 "q06": ["makelaar", "kennismanager", "doorverwijz"],
 "q07": ["uittre", "uittreding", "opzeg", "opzegtermijn"],
 "q08": ["groen gas", "groen-gas", "vergist", "biogas"],
 "q09": ["ontwerpatelier", "scenario", "knelpuntenanalyse"],
 "q10": ["vacature", "zoekt een", "schaal 1"],
 "q11": ["klankbordgroep", "bewonersraad", "bewonersgroep"],
 "q12": ["aansluitbijdrage", "aansluitkosten", "eenmalige bijdrage"],
 "q13": ["kwartaal", "rapportage", "jaaroverzicht", "overzicht per gemeente"],
 "q14": ["bewonersavond", "informatieavond", "bewonersbijeenkomst", "inloopavond", "dorpsavond", "warmteavond", "buurtbijeenkomst"],
 "q15": ["installateur", "monteur", "installatiebedrij"],
 "q16": ["woonlasten", "maandlasten", "rekenmodel", "doorrekening"],
 "q17": ["detacher", "ingebracht", "inbreng"],
 "q18": ["zoekfunctie", "kennisbank", "vindbaar"],
 "q19": ["buurtanalyse", "analyse van de buurten", "buurtgegevens", "warmteanalyse", "startanalyse"],
 "q20": ["restwarmte"],
 "q21": ["omgevingsmanage", "bewonersbegeleid"],
 "q22": ["aanleg", "warmtenet"],
 "q23": ["^tvw", "transitievisie", "warmtevisie"],
 "q24": ["^wup", "wijkuitvoeringsplan", "wijkplan", "dorpsplan"],
 "q25": ["^sde"],
 "q26": ["wcw", "wet collectieve warmte", "warmtekavel", "publiek warmtebedrijf", "publieke warmtebedrijven"],
 "q27": ["isde", "investeringssubsidie"],
 "q28": ["svoh", "svn", "duurzaamheidslening", "stimuleringsregeling volkshuisvesting"],
 "q29": ["wgiw", "gemeentelijke instrumenten", "aanwijzing", "aanwijzen"],
 "q30": ["^res ", "^res-", "regionale energiestrategie", "regionale structuur warmte", "rsw", "res 2.0"],
 "q31": ["hr++", "triple glas", "glas"],
 "q32": ["^wko", "warmte-koudeopslag", "bodemenergie", "bodemopslag"],
 "q33": ["lt-ready", "lage temperatuur", "lage-temperatuur", "lagetemperatuur"],
 "q34": ["woonlasten", "maandlasten", "kosten voor bewoners", "per maand", "duurder dan gas"],
 "q35": ["tekort", "fte", "vacature", "krap", "werving"],
 "q36": ["participatie", "meedenken", "betrekken", "betrokken", "inspraak", "dorpentafel"],
 "q37": ["netcongestie", "net vol", "vol net", "netcapaciteit", "netverzwaring", "transportindicatie", "stroomnet"],
 "q38": ["schaarste", "naar rato", "verdeling", "minimumgarantie", "minimumrecht", "voorrang"],
 "q39": ["kennis", "overdracht", "inhuur", "ingehuurd", "adviesbureau"],
 "q40": ["energiearm", "energiequote", "energierekening", "sociaal minimum", "laag inkomen", "lage inkomen"],
 "q41": ["aquatherm", "oppervlaktewater", "kanaal", "ijsselmeer", "markermeer", "^teo"],
 "q42": ["gedeelde rol", "gedeeld", "detacher", "voor twee of drie gemeenten", "drie gemeenten", "negen gemeenten", "gedeelde projectleider"],
 "q43": ["bodemenergie", "^wko", "warmte-koudeopslag", "bodem"],
 "q44": ["hergebruik", "hergebruikt", "not invented here", "overnam", "overgenomen"],
 "q45": ["aanvraag", "hulpvraag", "intake", "capaciteitsvraag", "aanvragen"],
 "q46": ["herzien", "herziening", "vijf jaar"],
 "q47": ["bijdrage", "per inwoner", "uurtarief", "tarief"],
 "q48": ["werkgever", "in dienst van", "werkgeverschap"],
 "q49": ["verplicht", "aanwijzing", "dwingen", "aansluitplicht"],
 "q50": ["huurder", "corporatie", "70 procent"],
 "q51": ["isde", "subsidie", "warmtepomp"],
 "q52": ["schaarste", "wachtlijst", "tekort", "te weinig", "voorrang"],
 "q53": ["versterk", "aardbeving"],
 "q54": ["klein", "groot beginnen", "groeimodel", "scenario"],
 "q55": ["misging", "^mis ", "^mis.", "liep de avond", "ging er mis", "mislukt"],
 "q56": ["collectieve inkoop", "collectieve isolatie", "inkoopactie", "collectieve aanpak", "isolatieaanpak"],
 "q57": ["datacenter"],
 "q58": ["warmtebedrijf", "publiek"],
 "q59": ["lokale", "dialect", "gronings", "limburgs", "voorkant", "bekende gezicht", "van buiten"],
 "q60": ["raadsinformatiebrief", "verantwoord", "verantwoording"],
 "q61": ["hybride"],
 "q62": ["raadsvoorstel", "sjabloon", "modeltekst"],
 "q63": ["monument", "erfgoed", "historische"],
 "q64": ["aanbested", "selectieleidraad", "offerteaanvraag", "inschrijv"],
 "q65": ["gedeelde", "drie gemeenten", "twee of drie", "meerdere gemeenten", "negen gemeenten", "twee gemeenten"],
 "q66": ["energiecoach", "keukentafel", "energiefix", "huisbezoek"],
 "q67": ["^tvw", "transitievisie", "warmtevisie"],
 "q68": ["netcongestie", "net vol", "vol net", "netcapaciteit", "netverzwaring", "wachtlijst", "stroomnet"],
 "q69": ["^wup", "wijkuitvoeringsplan", "wijkplan"],
 "q70": ["aquatherm", "oppervlaktewater", "kanaal", "^teo"],
 "q71": ["energiearm", "energiequote", "energierekening", "energiefix"],
 "q72": ["geassocieerd", "per uur betaalt", "lichtere vorm", "lichte vorm"],
 "q73": ["samenwerkingsovereenkomst", "overeenkomst", "oprichting"],
 "q74": ["isolatie", "isoleren", "subsidie"],
 "q75": ["kennisbank"],
 "q76": ["participatieplan", "participatieaanpak", "participatie"],
 "q77": ["mijnwater"],
}
docs = json.load(open('documents.json', encoding='utf-8'))
qs = json.load(open(sys.argv[1] if len(sys.argv) > 1 else 'queries_initial_frozen.json', encoding='utf-8'))
only = sys.argv[2].split(',') if len(sys.argv) > 2 else None
for q in qs:
    if only and q['id'] not in only: continue
    stems = STEMS[q['id']]
    print(f"\n=== {q['id']} [{q['kind']}] {q['query']}  stammen={stems}")
    judged = q['judgements']
    for d in docs:
        text = (d['title'] + ' \n ' + d['summary'] + ' \n ' + d['body']).lower()
        hits = [(s, m.start()) for s in stems for m in re.finditer((r'\b' + re.escape(s[1:])) if s.startswith('^') else re.escape(s), text)]
        if not hits: continue
        mark = f"[{judged[d['id']]}]" if d['id'] in judged else "[ ]"
        if d['id'] in judged:
            print(f"  {mark} {d['id']} {d['title'][:60]} ({len(hits)})")
            continue
        s, p = hits[0]
        ctx = text[max(0, p-70):p+70].replace('\n', ' ')
        print(f"  {mark} {d['id']} {d['title'][:60]} ({len(hits)}) …{ctx}…")
    missing = [k for k in judged if not any(s.lstrip('^') in (next(x for x in docs if x['id']==k)['title']+next(x for x in docs if x['id']==k)['summary']+next(x for x in docs if x['id']==k)['body']).lower() for s in stems)]
    if missing: print("  (beoordeeld maar zonder stam:", missing, ")")
