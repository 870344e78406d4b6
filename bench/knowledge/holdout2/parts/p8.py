DOCS = [
dict(id="d141", kind="kaart", phase="uitvoering",
title="Kaart energiearmoede per buurt Emmen",
summary="Beschrijving van de kaart die per buurt het aandeel huishoudens met energiearmoede en slechte energielabels laat zien, als basis voor gerichte acties.",
body="""Kaartlagen
- aandeel huishoudens met een hoge energiequote (donkerpaars = > 12%)
- aandeel woningen met label E, F of G
- aandeel eigenaar-bewoners met een laag inkomen
- locaties van wijkteams, voedselbank en buurthuizen

Gebruik
De kaart wordt gebruikt om te bepalen waar de energiefixers en energiecoaches als eerste langsgaan. Buurten waar twee of meer lagen hoog scoren krijgen voorrang: Emmerhout, Bargeres, Angelslo en delen van Klazienaveen.

Privacy: gegevens zijn geaggregeerd per buurt (minimaal 50 huishoudens); er zijn geen gegevens op adresniveau."""),

dict(id="d142", kind="raadsvoorstel", phase="uitvoering",
title="Raadsvoorstel gemeentelijke isolatiesubsidie 2026",
summary="Voorstel voor een aanvullende gemeentelijke subsidie op isolatiemaatregelen voor eigenaar-bewoners met een laag of middeninkomen.",
body="""Het college stelt de raad voor:
1. een Subsidieregeling isoleren 2026 vast te stellen;
2. een subsidieplafond van 600.000 euro in te stellen;
3. dit te dekken uit de middelen van het lokale isolatieprogramma.

Inhoud regeling
- voor eigenaar-bewoners met een WOZ-waarde onder 350.000 euro
- aanvulling op de landelijke subsidie: 20% van de kosten met een maximum van 2.500 euro
- voor spouwmuur-, vloer-, bodem-, dak- en glasisolatie
- aanvragen vóór de start van de werkzaamheden

Waarom?
Uit de evaluatie blijkt dat de landelijke subsidie vooral wordt gebruikt door huishoudens met een hoger inkomen. Met deze aanvulling bereiken we de middengroep.

Uitvoering: het energieloket helpt bij de aanvraag."""),

dict(id="d143", kind="kaart", phase="tvw",
title="Bronnenkaart warmte regio Drenthe (RSW)",
summary="Toelichting op de regionale kaart van warmtebronnen: restwarmte, aquathermie, geothermie, riothermie en biomassa.",
body="""Legenda
- rode stippen: restwarmte bij bedrijven (> 5 TJ/jaar)
- blauwe lijnen: kanalen en vaarten met potentieel voor TEO
- blauwe vierkanten: rwzi's en grote gemalen (TEA / riothermie)
- gearceerd: gebieden met potentie voor ondiepe of diepe geothermie
- groene driehoeken: bestaande biomassa-installaties > 1 MW
- grijs: grondwaterbeschermingsgebieden en Natura 2000

Toelichting
Op de kaart is ook een cirkel van 3 km rond iedere bron getekend: binnen die afstand liggende wijken kunnen mogelijk worden aangesloten. De kaart is onderdeel van de Regionale Structuur Warmte en wordt jaarlijks bijgewerkt door de GIS-specialist van de pool."""),

dict(id="d144", kind="plan_van_aanpak", phase="wup",
title="Stappenplan naar een aanwijzingsbesluit aardgas",
summary="Stappenplan voor gemeenten die zich willen voorbereiden op het juridisch aanwijzen van een wijk waar de gaslevering stopt.",
body="""Stap 1 - Wijk gekozen in het warmteprogramma
Stap 2 - Wijkuitvoeringsplan met het alternatief en een onderbouwing van betaalbaarheid en beschikbaarheid
Stap 3 - Vroegtijdige betrokkenheid: bewoners en gebouweigenaren geïnformeerd en gehoord; verslag vastleggen
Stap 4 - Ontwerp van de wijziging van het omgevingsplan met de einddatum van de gaslevering (minimaal 8 jaar na besluit)
Stap 5 - Terinzagelegging en zienswijzen
Stap 6 - Vaststelling door de raad
Stap 7 - Uitvoering en ondersteuning van bewoners; hardheidsclausule voor bijzondere situaties

Let op
- zonder betaalbaar alternatief geen aanwijzing
- de netbeheerder moet tijdig worden geïnformeerd over de afsluitdatum
- juridische ondersteuning is beschikbaar via de gedeelde jurist van de regionale pool"""),

dict(id="d145", kind="kaart", phase="wup",
title="Afbakening warmtekavel Angelslo",
summary="Beschrijving van de kaart met de grenzen van de warmtekavel en de gebouwen die binnen de kavel vallen.",
body="""De warmtekavel Angelslo omvat:
- 1.800 woningen (waarvan 1.150 corporatiewoningen)
- 12 utiliteitsgebouwen, waaronder twee scholen, de sporthal en het winkelcentrum
- de locatie van de energiecentrale aan de rand van het bedrijventerrein

Grenzen: Angelsloërdijk (noord), Statenweg (oost), spoorlijn (zuid), Hondsrugweg (west).
Buiten de kavel: de vrijstaande woningen aan de Gasselterweg; zij krijgen een individuele oplossing.

Bij de aanwijzing van een warmtekavel onder de Wcw hoort een kavelbesluit. Deze kaart is daarvan de basis."""),

dict(id="d146", kind="les", phase="uitvoering",
title="Dorpsaanpak buitengebied: isoleren eerst, per dorp",
summary="Ervaringen met een dorpsgerichte aanpak in kleine kernen, waarbij isoleren centraal staat en bewoners elkaar helpen.",
body="""In Aa en Hunze hebben we in vijf dorpen een dorpsaanpak gedaan. Er komt daar geen warmtenet; we zetten in op isoleren en (hybride) warmtepompen.

Wat werkte
- een 'dorpsambassadeur' vanuit dorpsbelangen die iedereen kent
- een warmtescan-avond: met een warmtecamera langs de huizen, daarna koffie in het dorpshuis
- gezamenlijke offerte per dorp, wat 10-15% korting gaf
- voorbeeldwoningen van dorpsgenoten

Wat lastig was
- oude boerderijen en monumentale panden vragen maatwerk
- veel ouderen willen niet meer investeren; voor hen werkt alleen 'ontzorgen' of gratis kleine maatregelen

Resultaat: 31% van de huishoudens nam in een jaar minstens één isolatiemaatregel."""),

dict(id="d147", kind="onderzoek", phase="uitvoering",
title="Evaluatie pilot hybride warmtepompen in 120 woningen",
summary="Meetresultaten van een jaar lang monitoren van hybride warmtepompen in bestaande woningen: gasbesparing, elektriciteitsverbruik en tevredenheid.",
body="""Opzet: 120 woningen in Meppel en Hoogeveen, bouwjaren 1960-1995, metingen gedurende een heel stookseizoen.

Resultaten
- gemiddelde gasbesparing: 58% (spreiding 30-75%)
- extra elektriciteitsverbruik: 1.450 kWh per jaar
- netto besparing op de energierekening: 280 euro per jaar (bij prijzen van dat jaar)
- woningen met label C of beter bespaarden duidelijk meer dan woningen met label E of F
- tevredenheid 8,1; klachten vooral over geluid en over de instellingen

Lessen
- goede inregeling door de installateur is cruciaal; bij 20% stond de stooklijn verkeerd
- combineren met isolatie verhoogt de besparing
- de hybride is een goede tussenstap, ook met het oog op netcongestie"""),

dict(id="d148", kind="onderzoek", phase="algemeen",
title="Maatwerkadviezen voor monumentale woningen: uitkomsten",
summary="Analyse van 40 maatwerkadviezen voor particuliere monumenten en panden in beschermde dorpsgezichten in Drenthe.",
body="""Voor 40 monumentale woningen en boerderijen is een maatwerkadvies verduurzaming opgesteld, met een bouwhistorische toets.

Uitkomsten
- gemiddeld is een gasbesparing van 35-45% mogelijk zonder aantasting van monumentale waarden
- de meest toegepaste maatregelen: vloerisolatie, dakisolatie aan de binnenzijde, voorzetramen, kierdichting
- een volledig elektrische warmtepomp was in 9 van de 40 panden haalbaar; in de overige panden een hybride of een warmtepomp met hoge temperatuur
- de gemiddelde investering bedraagt 38.000 euro

Knelpunten
- vakmensen met kennis van historische bouw zijn schaars
- de vergunningprocedure duurt lang (gemiddeld 14 weken)

Aanbeveling: een regionale erfgoed-energieadviseur, gedeeld tussen gemeenten."""),

dict(id="d149", kind="overig", phase="algemeen",
title="RES Drenthe: stand van zaken wind en zon op land",
summary="Voortgangsnotitie over de realisatie van duurzame elektriciteit uit wind en zon in de regionale energiestrategie.",
body="""Doel RES Drenthe: 3,1 TWh duurzame elektriciteit op land in 2030.

Stand van zaken
- gerealiseerd: 2,0 TWh (vooral zonneparken)
- in procedure: 0,8 TWh
- knelpunt: netcongestie - nieuwe zonneparken kunnen niet worden aangesloten

Afspraken
- 50% lokaal eigendom bij nieuwe projecten
- voorkeur voor zon op daken boven zon op landbouwgrond
- participatie van omwonenden via een omgevingsfonds

Het warmtedeel van de RES staat in de Regionale Structuur Warmte."""),

dict(id="d150", kind="les", phase="algemeen",
title="Ervaringen met detachering van eigen medewerkers naar de pool",
summary="Wat gemeenten en medewerkers leren als een gemeentelijke medewerker een deel van de week voor de regionale pool werkt.",
body="""Drie gemeenten hebben een eigen medewerker voor 8 tot 16 uur per week uitgeleend aan de pool. Wat leerden we?

Voor de medewerker
+ leerzaam: zien hoe andere gemeenten het doen
+ breder netwerk
- het eigen werk blijft liggen als de gemeente geen vervanging regelt
- twee leidinggevenden, twee urenregistraties

Voor de gemeente
+ de ingebrachte uren worden verrekend met de bijdrage
+ de medewerker brengt kennis terug
- minder grip op de eigen collega

Tips
- leg vast welke dagen voor de pool zijn
- één urenregistratie, ook voor de gemeente
- een gesprek per kwartaal met beide leidinggevenden
- zie het modelcontract voor de detachering"""),

dict(id="d151", kind="onderzoek", phase="algemeen",
title="Modellen voor regionale samenwerking: flexpool, expertteam of energieservicecentrum",
summary="Vergelijkend onderzoek naar drie vormen van regionale samenwerking in de warmtetransitie, met voorbeelden uit verschillende provincies.",
body="""Veel regio's zoeken naar een manier om schaarse capaciteit te delen. We onderscheiden drie modellen.

1. Flexpool
Een gedeelde groep projectleiders en specialisten die gemeenten op afroep inzetten. Voorbeeld: het Flexteam Warmte in Drenthe, met medewerkers in dienst van de provincie die werken in opdracht van de gemeenten. Sterk: flexibel, vraaggestuurd, kennis blijft in de regio. Zwak: bij piekvraag ontstaat schaarste; financiering afhankelijk van de provincie.

2. Expertteam
Een klein team van specialisten (juridisch, financieel, technisch) dat gemeenten adviseert, maar geen projectleiding levert. Sterk: goedkoop, hoge kwaliteit. Zwak: lost het tekort aan projectleiders niet op.

3. Energieservicecentrum
Een regionale uitvoeringsorganisatie die ook taken richting inwoners uitvoert: energieloket, energiecoaches, collectieve inkoop, ontzorging. Vaak als gemeenschappelijke regeling of stichting. Sterk: schaal in de uitvoering. Zwak: gemeenten verliezen directe grip; lokale binding met inwoners is lastiger.

Randvoorwaarden voor succes (alle modellen)
- de vraag komt van de gemeente; de regio duwt niet
- heldere en eerlijke kostenverdeling
- kennisborging en een makelaarsrol
- bestuurlijke legitimiteit: rapportage aan colleges en raden
- starten met de gemeenten die willen; anderen kunnen later aansluiten

Conclusie: er is geen beste model. Het hangt af van de fase (visie, wijkplannen of uitvoering), de omvang van de gemeenten en de rol van de provincie. Veel regio's groeien van een expertteam naar een flexpool en later naar een servicecentrum voor de uitvoering."""),

dict(id="d152", kind="sjabloon", phase="algemeen",
title="Profielkaart poolmedewerker",
summary="Invulkaart waarmee iedere medewerker van de regionale pool zijn vakgebieden, beschikbaarheid en lokale kennis vastlegt.",
body="""Naam (alleen intern) / functie:
Dienstverband: provincie / gedetacheerd vanuit gemeente ...

Vakgebieden (proces)
- projectleiding
- procesbegeleiding en participatie
- bestuurlijk advies

Vakgebieden (inhoud)
- warmtenetten en bronnen
- individuele oplossingen en isolatie
- juridisch / financieel / data-GIS
- sociaal domein en energiearmoede
- andere transities (mobiliteit, circulair, klimaatadaptatie)

Lokale binding
- gemeenten waar ik woon of heb gewerkt:
- streken die ik goed ken:
- spreek ik de streektaal (bijv. Drents)? ja / nee

Beschikbaarheid
- uren per week voor de pool:
- vaste dagen:
- periodes van afwezigheid:

Geleerd in opdrachten (bijwerken na iedere opdracht):"""),

dict(id="d153", kind="overig", phase="algemeen",
title="FAQ voor gemeentelijke contactpersonen van de flexpool",
summary="Antwoorden op veelgestelde vragen van contactpersonen over aanvragen, voorstellen, uren, kosten en rapportage.",
body="""Hoe vraag ik iemand aan?
Met het hulpvraagformulier, te mailen naar de coordinator. Binnen twee weken volgt een intake.

Kan ik zelf een persoon kiezen?
U kunt een voorkeur aangeven. De coordinator doet een voorstel; u beslist of u het accepteert.

Wat als het voorstel niet past?
U kunt om een alternatief vragen of afzien van inzet. Er zijn geen kosten aan verbonden.

Wie keurt de uren goed?
U als contactpersoon, maandelijks in het urensysteem.

Wat kost een uur?
Zie de regeling urenverantwoording. Geassocieerde leden betalen een opslag.

Hoe weet ik wat we hebben gebruikt?
Ieder half jaar krijgt u een rapport per gemeente. Dat kunt u doorsturen naar uw college of raad.

Wie is eigenaar van de producten?
Alle deelnemers. Producten komen in de kennisbank."""),

dict(id="d154", kind="overig", phase="algemeen",
title="Kostenverdeling riolering en het gemeentelijk rioleringsplan",
summary="Uitleg over de verdeling van de kosten van riolering over huishoudens en bedrijven via de rioolheffing.",
body="""De kosten van aanleg, vervanging en beheer van de riolering worden gedekt door de rioolheffing.

Verdeling
- eigenaren betalen een vast bedrag per aansluiting
- gebruikers (huishoudens en bedrijven) betalen naar waterverbruik boven 500 m3

In het gemeentelijk rioleringsplan (GRP) 2024-2028 staat de vervanging van 14 km riool. Waar mogelijk combineren we de vervanging met andere werkzaamheden in de straat, zoals de aanleg van warmteleidingen of netverzwaring.

De tarieven stijgen de komende vier jaar met 3% per jaar."""),

dict(id="d155", kind="overig", phase="algemeen",
title="Werkwijze sociaal wijkteam: het netwerk rond het gezin",
summary="Beschrijving van de netwerkgerichte werkwijze van de sociale wijkteams in de gemeente.",
body="""Het sociaal wijkteam werkt volgens het principe 'één gezin, één plan'. Uitgangspunt is het eigen netwerk van de inwoner: familie, buren, vrienden, vrijwilligers.

Werkwijze
- keukentafelgesprek met de inwoner en zijn netwerk
- netwerkkaart maken
- afspraken vastleggen in een plan
- de wijkcoach is het vaste aanspreekpunt

Samenwerking met huisartsen, scholen, politie en de schuldhulpverlening. Bij signalen over hoge energierekeningen verwijst het wijkteam door naar de energiefixers."""),

dict(id="d156", kind="overig", phase="algemeen",
title="Bodemsanering voormalig tankstation Hoofdstraat",
summary="Informatie over het bodemonderzoek en de sanering van een verontreinigde locatie in het centrum.",
body="""Op de locatie van het voormalige tankstation aan de Hoofdstraat is bij bodemonderzoek een verontreiniging met minerale olie en BTEX aangetroffen.

Aanpak
- verwijderen van de ondergrondse tanks
- ontgraven van verontreinigde grond tot 3 meter diepte
- grondwatersanering met een onttrekkingsput gedurende een jaar

Planning: start in september, duur 10 weken. Omwonenden krijgen een brief. De sanering wordt betaald uit het provinciale bodemsaneringsbudget."""),

dict(id="d157", kind="overig", phase="algemeen",
title="Restauratiesubsidie gemeentelijke monumenten",
summary="Subsidieregeling voor het onderhoud en herstel van gemeentelijke monumenten.",
body="""Eigenaren van een gemeentelijk monument kunnen subsidie krijgen voor restauratie en onderhoud.

Wat wordt vergoed?
- herstel van monumentale onderdelen: gevels, kozijnen, dakbedekking, ornamenten
- 30% van de subsidiabele kosten, maximaal 10.000 euro per zes jaar

Niet vergoed: moderne installaties, interieur zonder monumentale waarde, energiemaatregelen (zie daarvoor de duurzaamheidslening).

Aanvragen vóór 1 april bij het team erfgoed."""),

dict(id="d158", kind="overig", phase="algemeen",
title="Peilbesluit Drentsche Aa-gebied",
summary="Samenvatting van het peilbesluit van het waterschap voor het stroomgebied van de Drentsche Aa.",
body="""Het waterschap Hunze en Aa's stelt in het peilbesluit de waterpeilen vast die het nastreeft in sloten en beken.

Belangrijkste punten
- hogere zomerpeilen in natuurgebieden om verdroging tegen te gaan
- in landbouwgebieden een flexibel peil
- geen wijzigingen in bebouwd gebied

Zienswijzen kunnen tot zes weken na publicatie worden ingediend bij het waterschap."""),

dict(id="d159", kind="overig", phase="algemeen",
title="Flexplekken en thuiswerken in het gemeentehuis",
summary="Huisregels voor flexwerken in het gemeentehuis na de verbouwing.",
body="""- Er zijn 0,7 werkplekken per fte. Reserveer een plek via de app.
- Clean desk: aan het einde van de dag je plek leeg achterlaten.
- Belbubbels voor telefoongesprekken.
- Thuiswerken maximaal 50% van de werktijd, in overleg met je leidinggevende.
- Externe collega's, zoals medewerkers van de regionale pool, kunnen een gastpas krijgen bij de receptie."""),

dict(id="d160", kind="overig", phase="algemeen",
title="Warmtebeeldcamera's bij de brandweer",
summary="Notitie van de veiligheidsregio over de aanschaf van nieuwe warmtebeeldcamera's voor de brandweerkorpsen.",
body="""De veiligheidsregio vervangt de warmtebeeldcamera's van alle 24 brandweerposten. De camera's worden gebruikt om slachtoffers te vinden in rook en om brandhaarden achter muren op te sporen.

Kosten: 312.000 euro, verdeeld over de gemeenten volgens de verdeelsleutel van de veiligheidsregio.
Levering: eerste kwartaal. Alle ploegen krijgen een training."""),

dict(id="d161", kind="les", phase="wup",
title="Ontzorgen werkt: ervaringen met een totaalaanbod voor eigenaar-bewoners",
summary="Les uit een wijkaanpak waarin eigenaar-bewoners een totaalpakket kregen van advies, offerte, financiering en uitvoering.",
body="""In Meppel-Oosterboer kregen 340 eigenaar-bewoners een 'alles-in-één' aanbod: een warmtescan, een maatwerkadvies, een vaste aannemer, hulp bij subsidie en lening, en een opleveringscontrole.

Resultaat: 46% deed mee, tegenover 12% in een vergelijkbare wijk met alleen voorlichting.

Waarom werkte het?
- één aanspreekpunt van begin tot eind
- geen gedoe met offertes vergelijken
- financiering geregeld via het Warmtefonds, zonder extra maandlasten
- buren deden mee, dus het werd 'normaal'

Kosten ontzorging: ongeveer 900 euro per deelnemend huishouden, gefinancierd uit de wijkbijdrage van het Rijk."""),

dict(id="d162", kind="overig", phase="algemeen",
title="Intakegesprek hulpvraag: gespreksleidraad voor de makelaar",
summary="Leidraad met vragen die de coördinator stelt bij de intake van een nieuwe vraag van een gemeente.",
body="""1. Wat is de vraag achter de vraag? Welk resultaat wil de gemeente bereiken?
2. Is er al iets vergelijkbaars gedaan, in de eigen gemeente of elders? (check kennisbank, vraag collega's)
3. Kan een bestaand product worden hergebruikt of aangepast in plaats van nieuw werk?
4. Is het werk frontstage (met bewoners) of backstage? Is lokale kennis nodig?
5. Welke profielen zijn nodig: proces, inhoud of beide? Is een duo zinvol?
6. Hoeveel uur, welke periode, welke deadline (raad, subsidie)?
7. Wie is opdrachtgever en wie fiatteert de uren?
8. Hoe wordt het resultaat gedeeld met de regio?

Na het gesprek: voorstel binnen 10 werkdagen, vastleggen in het aanvraagoverzicht."""),

dict(id="d163", kind="overig", phase="uitvoering",
title="Kosten van leerlingenvervoer: verdeling en eigen bijdrage",
summary="Uitleg over de regeling leerlingenvervoer en de eigen bijdrage van ouders.",
body="""Leerlingen die ver van school wonen of een beperking hebben, kunnen aanspraak maken op leerlingenvervoer.

- afstand basisonderwijs: meer dan 6 km
- eigen bijdrage: gelijk aan de kosten van openbaar vervoer over 6 km, afhankelijk van inkomen
- vervoer met taxibusjes via een regionale aanbesteding; kosten worden verdeeld naar het aantal vervoerde leerlingen per gemeente"""),

dict(id="d164", kind="onderzoek", phase="algemeen",
title="Warmtetransitie en andere opgaven: kan de pool breder?",
summary="Verkenning of de regionale pool ook capaciteit kan leveren voor mobiliteit, klimaatadaptatie en circulaire economie, omdat vooral procesvaardigheden worden gevraagd.",
body="""Uit de urenregistratie blijkt dat 68% van de gevraagde inzet procesvaardigheden betreft: projectleiding, procesbegeleiding, participatie en bestuurlijke advisering. Die vaardigheden zijn niet gebonden aan de warmtetransitie.

Tegelijk kampen dezelfde gemeenten met tekorten bij de mobiliteitstransitie (laadinfrastructuur), klimaatadaptatie en circulaire economie.

Voordelen van verbreding
- meer schaal: medewerkers hebben een volle agenda, ook als de vraag naar warmte terugvalt
- aantrekkelijker werkgeverschap
- integrale wijkaanpak: werk met werk maken (riool, groen, warmte)

Risico's
- verwatering van de specialistische warmtekennis
- financiering: de huidige middelen zijn geoormerkt voor warmte

Advies: begin met een pilot op klimaatadaptatie in twee gemeenten en leg in de competentielijst vast wat proces- en wat inhoudskennis is."""),
]
