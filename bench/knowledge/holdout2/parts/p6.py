DOCS = [
dict(id="d101", kind="overig", phase="algemeen",
title="Notitie: voorrang en verdeling bij schaarste in de pool",
summary="Regels die de stuurgroep hanteert als er meer aanvragen voor capaciteit zijn dan beschikbare poolmedewerkers.",
body="""Als de vraag groter is dan het aanbod, gelden de volgende regels:

1. Wettelijke deadlines gaan voor (bijvoorbeeld een raadsbesluit over de TVW of een termijn uit een specifieke uitkering).
2. Volwaardige leden gaan voor geassocieerde leden.
3. Eerlijke verdeling naar bijdrage: een gemeente die in het lopende jaar al ruim boven haar aandeel aan uren zit, komt na gemeenten die eronder zitten. Ingebrachte uren (detachering) tellen als bijdrage.
4. Bij gelijke situaties: volgorde van binnenkomst.

De coördinator past deze regels toe en legt elke afweging vast. Een gemeente die het niet eens is, kan het voorleggen aan de stuurgroep.

Transparantie: het overzicht van aanvragen, toewijzingen en afwijzingen wordt elk kwartaal gedeeld met alle contactpersonen."""),

dict(id="d102", kind="les", phase="wup",
title="Frontstage en backstage: wie zet je in bij bewoners",
summary="Les uit de pool over het combineren van een lokale procesbegeleider met een specialist van buiten de gemeente.",
body="""In het begin zetten we onze beste specialist in op een bewonersavond in Nieuw-Amsterdam. Inhoudelijk klopte alles, maar de zaal haakte af. 'Die komt niet van hier', hoorden we achteraf. Zelfs zijn accent werd genoemd.

Wat we nu doen
- bij werk met bewoners (frontstage) zet de pool iemand in met lokale binding: een medewerker die in de streek woont of de gemeente al kent, soms een eigen medewerker van de gemeente
- de specialist werkt backstage: rekenwerk, techniek, juridische stukken, en staat op de avond naast de lokale collega voor inhoudelijke vragen
- in het poolprofiel registreren we welke gemeenten en streken iemand kent

Iemand die zowel diepe lokale kennis als specialistische kennis heeft, is zeldzaam. Denk daarom in duo's."""),

dict(id="d103", kind="onderzoek", phase="uitvoering",
title="Behoefteraming personele capaciteit warmtetransitie Drenthe 2026-2035",
summary="Raming van het aantal fte dat gemeenten nodig hebben voor de warmtetransitie, afgezet tegen de beschikbare capaciteit.",
body="""Aanpak
Op basis van de planning in de transitievisies en de landelijke kentallen van het NPLW is geraamd hoeveel mensen nodig zijn per fase.

Uitkomsten (regio, 12 gemeenten)
- TVW/warmteprogramma: 8 fte (piek in 2026)
- wijkuitvoeringsplannen: 34 fte
- uitvoering (projectleiding, wijkregie, ontzorging, energiecoaching, vergunningen, toezicht): 118 fte
- totaal: circa 160 fte

Beschikbaar: 50-60 fte (eigen formatie plus pool), dus een tekort van circa 100 fte.

Knelpuntberoepen: projectleider wijkaanpak, specialist warmtenetten, jurist omgevingsrecht/warmte, vergunningverlener, participatie-adviseur.

Oplossingsrichtingen
- meer regionaal bundelen van specialistisch werk
- opleiden: een traineeprogramma en omscholing vanuit andere beleidsvelden
- slimmer werken: standaardisatie van WUP's en hergebruik van producten
- procesrollen delen met andere transities (mobiliteit, circulair) omdat projectleiders breed inzetbaar zijn"""),

dict(id="d104", kind="overig", phase="algemeen",
title="Verslag ontwerpatelier: groot of klein beginnen met de pool",
summary="Verslag van een ontwerpatelier met gemeenten over de gewenste omvang en vorm van de regionale samenwerking.",
body="""Deelnemers: 31 mensen uit 11 gemeenten, de provincie en twee corporaties.

Opdracht
Vergelijk drie scenario's voor de pool in 2027-2030:
1. Klein: kernteam van 5 fte, alleen specialisten en kennisdeling
2. Middel: 15 fte, procesbegeleiding en specialisten (huidige situatie)
3. Groot: 35 fte, inclusief uitvoeringscapaciteit en een energieservicecentrum

Uitkomsten per tafel
- kleinere gemeenten kiezen voor middel of groot: ze kunnen zelf geen specialisten aannemen
- grote gemeenten twijfelen: ze willen eigen mensen houden en zijn bang controle te verliezen
- iedereen: de knelpunten zitten in de uitvoering, niet meer in de visievorming
- 'begin met de willers' - een kopgroep kan groter beginnen, anderen sluiten later aan

Vervolg: het kernteam rekent het scenario 'middel plus' door (20 fte met flexibele schil) en legt dit voor aan de stuurgroep. Een rekenmodel met knelpuntanalyse wordt gedeeld."""),

dict(id="d105", kind="les", phase="algemeen",
title="Not invented here: waarom gemeenten elkaars werk niet hergebruiken",
summary="Reflectie uit de regionale pool op het fenomeen dat gemeenten nieuw onderzoek laten doen terwijl bruikbare kennis al bestaat.",
body="""In 2024 lieten drie gemeenten in onze regio apart een vrijwel gelijke kostenvergelijking van warmteoplossingen maken, samen goed voor 95.000 euro aan adviesbureaus. Alle drie wisten niet van elkaars onderzoek.

Waarom gebeurt dit?
- het bestaande onderzoek is niet te vinden
- 'onze situatie is anders' - het gevoel dat werk van een andere gemeente niet past
- bestuurders willen een eigen rapport om in de raad te verdedigen
- externe bureaus hebben er belang bij om nieuw werk te leveren

Wat helpt
- de makelaar legt bij iedere aanvraag actief bestaand werk op tafel
- hergebruik expliciet belonen: uren die je bespaart blijven beschikbaar
- een lokale 'vertaalslag' van een bestaand rapport laten maken in plaats van een nieuw rapport
- bestaand werk laten presenteren door de collega uit de andere gemeente"""),

dict(id="d106", kind="sjabloon", phase="algemeen",
title="Functieprofiel coördinator en kennismakelaar regionale pool",
summary="Functiebeschrijving van de coördinator van de regionale pool, die intake, matching, kennisbank en rapportage verzorgt.",
body="""Functienaam: coördinator / kennismakelaar regionale pool warmtetransitie
Schaal 12

Doel van de functie
Zorgen dat vragen van gemeenten snel bij de juiste persoon of het juiste bestaande product terechtkomen en dat kennis in de regio behouden blijft.

Resultaatgebieden
- intake van hulpvragen en matching van poolmedewerkers
- beheer van de kennisbank en actieve makelaarsrol
- planning en bewaken van de verdeling van uren over gemeenten
- opstellen van kwartaal- en jaarrapportages per gemeente
- voorbereiden van de stuurgroep
- leidinggeven aan het kernteam (functioneel)

Kennis en vaardigheden
- hbo/wo, ervaring met netwerkorganisaties en openbaar bestuur
- kennis van de warmtetransitie en de gemeentelijke praktijk
- onafhankelijk, diplomatiek en transparant: gemeenten moeten erop vertrouwen dat verdeling eerlijk gebeurt"""),

dict(id="d107", kind="sjabloon", phase="uitvoering",
title="Profiel vrijwillige energiecoach",
summary="Beschrijving van taken, vaardigheden en verwachtingen voor vrijwillige energiecoaches.",
body="""Wat doet een energiecoach?
- huisbezoeken bij inwoners die vragen hebben over energie besparen
- uitleg over isoleren, ventileren, warmtepompen en subsidies
- kleine maatregelen aanbrengen (radiatorfolie, tochtstrips)
- doorverwijzen naar het loket, schuldhulp of het wijkteam

Wie zoeken we?
- je vindt het leuk om met mensen te praten
- je bent technisch nieuwsgierig; vakkennis leer je in de basistraining
- je hebt 4 uur per week beschikbaar
- je verkoopt niets en geeft onafhankelijk advies

Wat krijg je?
- een training van vier dagdelen en terugkomdagen
- vrijwilligersvergoeding en reiskosten
- een VOG op kosten van de gemeente"""),

dict(id="d108", kind="aanbesteding", phase="algemeen",
title="Raamovereenkomst inhuur externe specialisten warmtetransitie",
summary="Europese aanbesteding voor een raamovereenkomst met adviesbureaus voor specialistische inzet die de regionale pool niet zelf kan leveren.",
body="""Aanbestedende dienst: provincie Drenthe namens de deelnemers van de regionale pool
Procedure: Europese openbare procedure
Looptijd: 2 jaar + 2 x 1 jaar optie

Percelen
1. juridisch advies warmte (Wcw, Wgiw, concessies)
2. financieel advies en businesscases warmtenetten
3. technisch advies bronnen en netten
4. tijdelijke projectleiding bij piekbelasting

Bijzondere eisen
- kennisoverdracht: alle producten worden eigendom van de deelnemers en worden opgeleverd in het sjabloon van de kennisbank
- bij inzet van meer dan 400 uur: een overdrachtsdocument en een kennissessie voor de pool
- maximum uurtarief per categorie

Gunning: beste prijs-kwaliteitverhouding, met zwaar gewicht op kennisborging (25%).

Afroepen gebeurt via de coördinator; gemeenten kunnen niet rechtstreeks afroepen."""),

dict(id="d109", kind="plan_van_aanpak", phase="algemeen",
title="Traineeprogramma warmtetransitie Noord-Nederland",
summary="Plan voor een tweejarig traineeship waarbij jonge professionals rouleren langs gemeenten, provincie en netbeheerder.",
body="""Waarom een traineeprogramma?
Er is een groot tekort aan mensen in de warmtetransitie. Jonge professionals kiezen vaak voor adviesbureaus. We willen talent in de regio en in de publieke sector houden.

Opzet
- 10 trainees per jaar, hbo/wo
- twee jaar, vier rotaties van zes maanden: gemeente, tweede gemeente, provincie of waterschap, netbeheerder of corporatie
- vaste standplaats in de regionale pool
- opleidingsprogramma: warmtetechniek, participatie, wetgeving, projectmanagement

Na afloop
Trainees krijgen voorrang bij vacatures in de pool of de deelnemende gemeenten.

Kosten: 72.000 euro per trainee per jaar, gedeeld door provincie en gemeenten."""),

dict(id="d110", kind="sjabloon", phase="algemeen",
title="Checklist eerste werkdag en inwerken poolmedewerker",
summary="Praktische checklist voor de coördinator bij de start van een nieuwe collega in de pool.",
body="""Vóór de eerste dag
- [ ] account en laptop aangevraagd bij de provincie
- [ ] toegang tot kennisbank en urenregistratie
- [ ] buddy aangewezen
- [ ] kennismakingsafspraken met drie contactpersonen gemeenten ingepland

Eerste dag
- [ ] welkom en rondleiding
- [ ] uitleg werkgever (provincie) versus opdrachtgever (gemeente)
- [ ] uitleg uren schrijven en fiatteren

Eerste maand
- [ ] profiel in het poolsysteem ingevuld: vakgebieden, beschikbaarheid, gemeenten en streken die je kent
- [ ] meegelopen met minimaal twee opdrachten
- [ ] basiscursus warmtewetgeving gevolgd

Na drie maanden
- [ ] evaluatiegesprek met de coördinator"""),

dict(id="d111", kind="overig", phase="algemeen",
title="Inwerkprogramma nieuwe raadsleden 2026",
summary="Programma van de griffie om nieuwe gemeenteraadsleden na de verkiezingen wegwijs te maken.",
body="""Na de gemeenteraadsverkiezingen start de griffie een inwerkprogramma voor nieuwe raadsleden.

Onderdelen
- introductieavond met burgemeester, griffier en gemeentesecretaris
- werking van de raad, commissies en het reglement van orde
- de begrotingscyclus en de rol van de rekenkamer
- integriteit en weerbaarheid
- werkbezoeken: milieustraat, brandweerkazerne, wijkteam

Nieuwe raadsleden krijgen een buddy uit de eigen fractie of een ervaren raadslid uit een andere fractie."""),

dict(id="d112", kind="overig", phase="algemeen",
title="Functiebeschrijving beleidsmedewerker afval en grondstoffen",
summary="Vacature- en functiebeschrijving voor een beleidsmedewerker afval in de gemeentelijke organisatie.",
body="""Functie: beleidsmedewerker afval en grondstoffen, schaal 10, 32-36 uur

Taken
- opstellen van het grondstoffenplan
- regie op de gemeenschappelijke regeling afvalinzameling
- advies over de afvalstoffenheffing en de verdeelsleutel van kosten
- communicatie over afvalscheiding

Profiel
- hbo milieukunde of bestuurskunde
- ervaring met ketensamenwerking
- analytisch en communicatief sterk"""),

dict(id="d113", kind="overig", phase="algemeen",
title="Regionale pool handhavers (BOA's) Noord-Drenthe",
summary="Afspraken over een gedeelde pool van buitengewoon opsporingsambtenaren voor toezicht in de openbare ruimte van drie gemeenten.",
body="""Drie gemeenten delen een pool van acht BOA's. Zij houden toezicht op parkeren, afval en overlast en worden ingezet op basis van een weekrooster.

Kosten worden verdeeld op basis van ingezette uren per gemeente. Gemeenten kunnen extra inzet vragen bij evenementen via de teamleider.

Uren worden per kwartaal verrekend. Evaluatie na twee jaar."""),

dict(id="d114", kind="overig", phase="algemeen",
title="Kennisbank jurisprudentie Wmo en Jeugdwet",
summary="Interne kennisbank met uitspraken over maatwerkvoorzieningen voor consulenten in het sociaal domein.",
body="""De kennisbank bevat samenvattingen van uitspraken van de Centrale Raad van Beroep over de Wmo en de Jeugdwet.

Zoeken kan op onderwerp: huishoudelijke hulp, woningaanpassing, vervoer, persoonsgebonden budget, eigen kracht.

Iedere maand voegt de juridisch adviseur nieuwe uitspraken toe. Consulenten kunnen vragen stellen via het formulier. Let op: gebruik de kennisbank niet als vervanging van juridisch advies in bezwaarzaken."""),

dict(id="d115", kind="raadsvoorstel", phase="algemeen",
title="Raadsinformatiebrief: stand van zaken regionale samenwerking warmte",
summary="Informatie aan de gemeenteraad over wat de gemeente heeft gevraagd en gekregen van de regionale pool en wat het heeft gekost.",
body="""Geachte raad,

Met deze brief informeren wij u over de deelname van onze gemeente aan de regionale pool warmtetransitie in 2025.

Wat hebben we gevraagd?
- projectleiding wijkuitvoeringsplan Haveltermade (0,6 fte, hele jaar)
- juridisch advies over het aanwijzingsbesluit (42 uur)
- GIS-analyse voor de actualisatie van de warmtevraagkaart (36 uur)

Wat hebben we gekregen?
Alle drie de vragen zijn ingevuld. De projectleider startte na 4 weken. Het juridisch advies is ook gedeeld met de andere gemeenten.

Wat heeft het gekost?
- vaste bijdrage: 41.000 euro
- afgenomen uren: 1.290 uur, 118.000 euro
- ingebracht: 210 uur van onze eigen GIS-specialist voor andere gemeenten, in mindering gebracht (19.300 euro)

Beoordeling
Het college is tevreden. Zonder de pool hadden we extern moeten inhuren tegen een hoger tarief en was de kennis na afloop weg.

Het college van burgemeester en wethouders"""),

dict(id="d116", kind="overig", phase="algemeen",
title="Kennissessie verslag: aquathermie in de praktijk",
summary="Verslag van een kennissessie van de regionale pool met het waterschap over ervaringen met TEO en TEA.",
body="""Sprekers: adviseur energie van het waterschap Drents Overijsselse Delta, projectleider warmtenet uit een andere provincie, energiespecialist pool.

Belangrijkste punten
- thermische energie uit afvalwater (TEA) bij rioolwaterzuiveringen is een betrouwbare bron: constante temperatuur en de zuivering ligt vaak bij een woonwijk
- TEO vraagt altijd een seizoensopslag; zonder WKO geen aquathermie
- het waterschap wil graag partner zijn maar geen warmtebedrijf worden
- vergunningen: watervergunning en omgevingsvergunning voor de bodemopslag; reken op 6-12 maanden

Vragen uit de zaal
- Wat kost de warmte? Vergelijkbaar met andere collectieve bronnen, mits de afstand beperkt is.
- Hoe zit het met vissen en ecologie? Monitoring laat tot nu toe geen negatieve effecten zien.

Presentaties en opname staan in de kennisbank."""),

dict(id="d117", kind="les", phase="algemeen",
title="Gedeelde rollen: één specialist voor meerdere gemeenten",
summary="Ervaringen met het delen van één persoon over drie tot vijf gemeenten, zoals een gezamenlijke jurist of warmtenetspecialist.",
body="""Een kleine gemeente heeft geen fulltime specialist nodig voor elk onderwerp, een regio wel. Een wethouder noemde het ooit de 'chef verkeersdrempels': één expert die het voor iedereen regelt.

Onze ervaringen met gedeelde rollen in de pool:
- een vaste weekverdeling werkt beter dan 'op afroep': de specialist zit op dinsdag in Meppel en op donderdag in Westerveld
- één aanspreekpunt per gemeente voorkomt dat iedereen de specialist direct belt
- bij pieken (raadsvoorstel, aanbesteding) moet je onderling kunnen schuiven; de coördinator bemiddelt
- de specialist wordt een kennisdrager voor de hele regio; dat is waardevol maar ook kwetsbaar bij vertrek. Zorg voor documentatie en een tweede persoon die meeleest

Gedeelde rollen nu: jurist warmte, specialist warmtenetten, GIS-specialist, VvE-adviseur."""),

dict(id="d118", kind="overig", phase="algemeen",
title="Financiering van de regionale pool 2027-2030: opties",
summary="Verkenning van financieringsbronnen voor de pool na afloop van de provinciale startfinanciering, inclusief Rijksmiddelen voor uitvoeringskosten.",
body="""De provinciale startfinanciering loopt eind 2026 af. Opties voor de periode daarna:

1. Rijksmiddelen: de specifieke uitkering voor uitvoeringskosten klimaatakkoord (CDOKE) en opvolgers. Gemeenten kunnen een deel hiervan inbrengen in de pool.
2. Provincie: voortzetting van een kleinere bijdrage (bijvoorbeeld 30%) voor de regionale kennisfunctie.
3. Gemeenten: bijdrage volgens nieuwe verdeelsleutel (vaste voet + uren).
4. Inbreng in natura via detachering.
5. Derden: corporaties en netbeheerder betalen mee aan specifieke producten, bijvoorbeeld de regionale warmtekaart.

Risico: bij terugval in Rijksmiddelen kunnen gemeenten hun bijdrage niet garanderen. Advies: een meerjarige afspraak met een minimumomvang van het kernteam."""),

dict(id="d119", kind="overig", phase="algemeen",
title="Uittreden uit de regionale pool: regeling",
summary="Wat er gebeurt als een gemeente de samenwerking opzegt: termijnen, lopende opdrachten, kosten en kennis.",
body="""Een deelnemer kan uittreden per 1 januari, met een opzegtermijn van zes maanden.

Gevolgen
- lopende opdrachten worden afgerond tegen het tarief voor geassocieerde leden, tenzij partijen anders afspreken
- de uittredende gemeente betaalt haar aandeel in verplichtingen die zijn aangegaan voor de duur van de overeenkomst (bijvoorbeeld huur, langlopende contracten, personeel)
- gedetacheerde medewerkers keren terug naar de eigen gemeente
- de gemeente behoudt toegang tot producten die tijdens haar deelname zijn gemaakt; nieuwe producten niet

De stuurgroep stelt de uittreedsom vast op voorstel van het kernteam."""),

dict(id="d120", kind="overig", phase="algemeen",
title="Jaarrapportage 2024 per gemeente: Emmen",
summary="Rapport voor de gemeente Emmen met de gevraagde en geleverde inzet, uren, kosten en bijdrage over 2024.",
body="""Gemeente: Emmen
Periode: 1 januari - 31 december 2024

Aanvragen
- 5 aanvragen ingediend, 4 ingevuld, 1 ingetrokken door de gemeente

Geleverde inzet
- projectleider WUP Bargeres-Zuid: 1.120 uur
- participatiespecialist Emmerhout: 380 uur
- businesscase warmtenet Angelslo: 96 uur

Financieel
- vaste bijdrage: 96.000 euro
- afgenomen uren: 1.596 x gemiddeld 98 euro = 156.400 euro
- ingebrachte uren: 460 uur (technisch adviseur gemeente) = 42.300 euro
- netto: 210.100 euro

Kennis
Producten door Emmen gedeeld met de regio: sjabloon participatieplan WUP, factsheet warmtenet voor bewoners, businesscase-model.
Hergebruik door Emmen van producten van andere gemeenten: 3 (onder meer de kostenvergelijking van Assen)."""),
]
