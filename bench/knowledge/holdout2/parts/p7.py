DOCS = [
dict(id="d121", kind="onderzoek", phase="tvw",
title="Uitbreiding stadsverwarming Groningen-Noord: verkenning",
summary="Verkenning naar het uitbreiden van het bestaande stadsverwarmingssysteem naar de wijken Paddepoel en Selwerd.",
body="""In Groningen ligt al sinds de jaren zeventig een stadsverwarmingssysteem in een deel van de stad. Het gemeentelijke warmtebedrijf onderzoekt of dit collectieve systeem kan worden uitgebreid naar Paddepoel en Selwerd.

Vertrekpunten
- circa 6.500 woningen, grotendeels portiekflats en eengezinswoningen van corporaties
- de bestaande hoofdleiding heeft nog 20 MW capaciteit
- de nieuwe aansluitingen worden gevoed met restwarmte van een datacenter en een collectieve warmtepomp op effluent van de rioolwaterzuivering

Bevindingen
1. Technisch is de uitbreiding haalbaar binnen zes jaar, in vier fasen.
2. De kosten voor het leidingwerk liggen op 11.000 euro per woning, de inpandige aanpassingen op 4.000 euro.
3. Omdat het warmtebedrijf in publieke handen is, voldoet het al aan de eis van publiek eigendom uit de nieuwe warmtewet.
4. De corporaties zijn bereid hun complexen in de eerste twee fasen aan te sluiten.

Aandachtspunten: de leefbaarheid tijdens de werkzaamheden (open straten), afstemming met vervanging van de riolering en een eerlijke warmteprijs voor huurders."""),

dict(id="d122", kind="overig", phase="wup",
title="Nieuwsbrief Selwerd: samen van het gas af",
summary="Wijknieuwsbrief voor bewoners over de stappen richting een wijk zonder aardgas, met agenda en contactgegevens.",
body="""Beste buurtbewoner,

Selwerd gaat de komende jaren van het gas af. Dat betekent dat we samen zoeken naar een andere manier om onze huizen te verwarmen en op te koken. Wat er tot nu toe is gebeurd:

- 300 buren vulden de vragenlijst in. Dank daarvoor!
- de meesten willen vooral weten wat het kost en wanneer het gebeurt
- de aansluiting op de stadsverwarming lijkt voor de flats de beste keuze; voor de eengezinswoningen kijken we ook naar een eigen warmtepomp

Wat komt er?
- 14 maart: inloopmiddag in het buurthuis, met een modelwoning
- april: gesprekken per straat
- de energiecoach komt graag bij u langs voor een gratis advies

Vragen? Loop binnen bij het wijkpunt (dinsdag en donderdag) of bel de wijkaanspreekpersoon."""),

dict(id="d123", kind="onderzoek", phase="tvw",
title="Riothermie: warmte uit het riool bij het gemaal in Coevorden",
summary="Onderzoek naar warmteterugwinning uit rioolwater bij een groot rioolgemaal als bron voor een klein warmtenet.",
body="""Riothermie, ook wel thermische energie uit afvalwater genoemd, haalt warmte uit rioolwater. Bij het hoofdgemaal in Coevorden stroomt gemiddeld 180 m3 per uur met een temperatuur van 12 tot 20 graden.

Potentieel: met een warmtewisselaar en een collectieve warmtepomp is jaarlijks ongeveer 9.000 GJ te winnen, genoeg voor circa 300 woningen of een zwembad, sporthal en school.

Aandachtspunten
- afkoeling van het rioolwater mag het zuiveringsproces bij de rwzi niet verstoren; het waterschap stelt een maximum van 2 graden
- onderhoud van de warmtewisselaar (vervuiling)
- eigendom: het riool is van de gemeente, de zuivering van het waterschap

Conclusie: een interessante, constante bron voor gebouwen dichtbij het gemaal. Advies om het gemeentelijk sportcomplex als eerste afnemer te onderzoeken."""),

dict(id="d124", kind="aanbesteding", phase="tvw",
title="Marktconsultatie warmtenet Assen-Oost: vragenlijst en verslag",
summary="Vragenlijst en samenvatting van de marktconsultatie onder warmtebedrijven voorafgaand aan de aanbesteding in Assen-Oost.",
body="""Doel van de marktconsultatie
Voordat de gemeente een aanbestedingsprocedure start, willen we weten hoe marktpartijen aankijken tegen het project, welke risico's ze zien en welke rol ze van de gemeente verwachten.

Gestelde vragen
1. Welke bron heeft uw voorkeur, en waarom?
2. Welk minimumaantal aansluitingen heeft u nodig voor een sluitende businesscase?
3. Hoe gaat u om met de toekomstige eis van publiek meerderheidsbelang?
4. Welke rol verwacht u van de gemeente bij participatie en bij de openbare ruimte?
5. Welke contractvorm heeft uw voorkeur (concessie, DBFO, joint venture)?

Samenvatting antwoorden (6 partijen)
- vier partijen zien aquathermie met WKO als beste optie, twee partijen restwarmte
- minimaal 1.500 aansluitingen, of een garantie van de corporaties
- onzekerheid over de wet is de grootste drempel; sommige partijen wachten liever
- alle partijen willen dat de gemeente de participatie leidt

Vervolg: de gemeente overweegt een samenwerking met een publiek warmtebedrijf in plaats van een concessie aan een private partij."""),

dict(id="d125", kind="onderzoek", phase="algemeen",
title="Verkenning regionaal publiek warmtebedrijf Drenthe",
summary="Onderzoek naar de oprichting van een regionaal warmtebedrijf in publieke handen door provincie en gemeenten.",
body="""Aanleiding
De nieuwe warmtewet vraagt om publieke zeggenschap over collectieve warmtesystemen. Voor een kleine gemeente is het oprichten van een eigen warmtebedrijf niet haalbaar. De vraag is of een regionaal warmtebedrijf een oplossing is.

Varianten
1. Geen eigen bedrijf: gemeenten nemen aandelen in een bestaand (landelijk) publiek warmtebedrijf.
2. Regionaal warmtebedrijf als netwerkbedrijf: eigenaar van de leidingen, levering uitbesteed.
3. Volledig regionaal warmtebedrijf: ontwikkeling, aanleg, eigendom en levering.

Beoordeling
- variant 2 biedt de beste verhouding tussen zeggenschap en risico
- een startkapitaal van 25-40 miljoen euro is nodig; de provincie en het Rijk (via de Nationale Deelneming Warmte) kunnen participeren
- er is specialistische kennis nodig die nu in de regio ontbreekt (directie, asset management, klantenservice)

Advies: start met variant 2 voor de eerste drie warmtenetten en bouw de kennis op via de regionale pool."""),

dict(id="d126", kind="overig", phase="uitvoering",
title="Uitleg warmtetarief: hoe wordt de prijs van warmte bepaald",
summary="Uitleg voor bewoners over de opbouw van het tarief voor warmte uit een warmtenet en de rol van de ACM.",
body="""Uw warmterekening bestaat uit:
- een vast bedrag per jaar (vastrecht)
- een bedrag per GJ verbruikte warmte
- huur van de afleverset
- eenmalig: een aansluitbijdrage

Wie bepaalt de prijs?
Nu stelt de Autoriteit Consument en Markt (ACM) een maximumtarief vast dat gekoppeld is aan de gasprijs. Met de nieuwe wet gaat dat veranderen: het tarief wordt gebaseerd op de werkelijke kosten van het warmtebedrijf plus een redelijk rendement.

Wat betekent dit voor u?
Uw warmteprijs wordt minder afhankelijk van de gasprijs. Of hij hoger of lager wordt, hangt af van de kosten van uw warmtenet. Het warmtebedrijf moet de tarieven ieder jaar publiceren."""),

dict(id="d127", kind="les", phase="tvw",
title="Wat leren we van de eerste ronde transitievisies",
summary="Samenvatting van een landelijke analyse en eigen ervaringen met de eerste transitievisies warmte, met lessen voor de herziening.",
body="""Lessen uit de eerste transitievisies (2021-2022):

1. Te veel nadruk op techniek, te weinig op uitvoerbaarheid. Veel visies wezen wijken aan zonder te weten of er capaciteit en geld was.
2. Startanalyse werd vaak letterlijk overgenomen. Lokale kennis (corporatieplannen, rioolvervanging, sociale opgave) ontbrak.
3. Bewoners voelden zich soms overvallen door een kaart met een jaartal voor hun wijk.
4. Afstemming met buurgemeenten en de RES was beperkt.
5. Netcongestie speelde nog geen rol; dat is nu een van de belangrijkste factoren.

Voor de herziening (warmteprogramma)
- minder wijken, beter onderbouwd
- een 'isoleren-eerst'-spoor voor alle wijken
- uitvoeringscapaciteit expliciet meenemen
- regionale afstemming via de RSW"""),

dict(id="d128", kind="raadsvoorstel", phase="tvw",
title="Raadsvoorstel transitievisie warmte Westerveld",
summary="Korte raadsvoorstel waarmee de gemeenteraad van Westerveld de warmtevisie en het uitvoeringsprogramma vaststelt.",
body="""Samenvatting
Westerveld wil in 2050 aardgasvrij zijn. In de transitievisie warmte beschrijven we hoe. We beginnen niet met een wijk, maar met het hele grondgebied: iedereen wordt gestimuleerd om te isoleren. Daarnaast starten we twee dorpsinitiatieven (Havelte en Dwingeloo) waar bewoners samen met de coöperatie een collectieve oplossing onderzoeken.

Beslispunten
1. De transitievisie warmte vast te stellen.
2. Het uitvoeringsprogramma 2022-2026 vast te stellen.
3. Hiervoor 180.000 euro per jaar beschikbaar te stellen.

Participatie: 12 dorpsavonden, 640 reacties op de enquête.
Uitvoering: een procesbegeleider uit het regionale flexteam ondersteunt de twee dorpsinitiatieven."""),

dict(id="d129", kind="plan_van_aanpak", phase="wup",
title="Plan van aanpak wijkuitvoeringsplan Zuidlaren-Oost",
summary="PvA voor het opstellen van het WUP Zuidlaren-Oost: fasering, rollen, participatie, budget en risico's.",
body="""Aanleiding
In de TVW is Zuidlaren-Oost aangewezen als eerste wijk. Corporatie Woonservice (fictief) wil 420 woningen renoveren in 2027-2029. Dat is het moment om ook de particuliere woningen mee te nemen.

Doel: binnen 15 maanden een door de raad vastgesteld wijkuitvoeringsplan.

Fasen
1. Verkennen (maand 1-4): wijkprofiel, gesprekken met bewoners, corporatie en netbeheerder
2. Ontwerpen (maand 5-10): vergelijken van alternatieven (warmtenet op TEO vs individuele warmtepompen), kostenanalyse, bewonerssessies
3. Besluiten (maand 11-15): concept-WUP, klankbordgroep, college en raad

Organisatie
- bestuurlijk opdrachtgever: wethouder duurzaamheid
- ambtelijk opdrachtgever: teamleider omgeving
- projectleider: via de flexpool (0,6 fte)
- wijkregisseur: eigen medewerker (kent de wijk)
- specialisten op afroep: warmtenetten, financiën, juridisch

Budget: 210.000 euro, inclusief 40.000 euro voor participatie.

Risico's
- onvoldoende netcapaciteit voor collectieve warmtepomp → vroeg overleg netbeheerder
- weerstand bij particulieren → keukentafelgesprekken en financieel aanbod
- vertrek van de projectleider → overdracht via de pool geborgd"""),

dict(id="d130", kind="aanbesteding", phase="uitvoering",
title="Collectieve inkoop warmtepompen: programma van eisen",
summary="Programma van eisen voor een collectieve inkoopactie van hybride en volledig elektrische warmtepompen voor particulieren.",
body="""Opdracht: selectie van maximaal drie installateurs voor een collectieve inkoopactie van warmtepompen in vijf gemeenten.

Producteisen
- hybride warmtepomp: SCOP minimaal 4,0, geschikt voor bestaande cv-ketel
- lucht-water warmtepomp: geschikt voor lage-temperatuurverwarming, geluidsniveau buitenunit maximaal 55 dB(A) bronvermogen
- alle toestellen komen in aanmerking voor de ISDE

Dienstverlening
- gratis opname aan huis en een offerte binnen 10 werkdagen
- warmteverliesberekening en advies over isolatie vóór plaatsing
- inregelen van het systeem en uitleg aan de bewoner
- 5 jaar garantie en een servicecontract als optie
- hulp bij de subsidieaanvraag

Gunningscriteria: kwaliteit dienstverlening 50%, prijs 35%, inzet leerlingen/lokale installateurs 15%."""),

dict(id="d131", kind="les", phase="uitvoering",
title="Tekort aan installateurs: ervaringen en oplossingen",
summary="Notitie over lange wachttijden bij installateurs en isolatiebedrijven en wat gemeenten daaraan kunnen doen.",
body="""Bewoners wachten soms 6 tot 9 maanden op een installateur voor een warmtepomp. Kleine isolatiebedrijven zitten vol.

Wat kunnen gemeenten doen?
- aanvragen bundelen per straat of wijk, zodat installateurs efficiënt kunnen werken
- samenwerken met het mbo: leerwerkplekken, zij-instromers via het werkbedrijf
- vaste afspraken met een lokaal installateurscollectief
- realistische verwachtingen wekken in de communicatie

In onze regio werkt de pool samen met het installatiecollectief en de roc's aan een omscholingstraject voor 40 monteurs per jaar."""),

dict(id="d132", kind="overig", phase="uitvoering",
title="Luchtwarmtepomp of bodemwarmtepomp?",
summary="Vergelijking van de lucht-water- en de bodemwarmtepomp voor woningeigenaren.",
body="""Luchtwarmtepomp
+ goedkoper in aanschaf (9.000-14.000 euro)
+ geen boring nodig
- buitenunit maakt geluid
- lager rendement bij vorst

Bodemwarmtepomp
+ hoog rendement, ook in de winter
+ stil, geen buitenunit
+ in de zomer passieve koeling
- duurder (16.000-25.000 euro, inclusief boring)
- boring niet overal toegestaan (bijv. in waterwingebieden)

Beide vragen een goed geïsoleerd huis en een lage aanvoertemperatuur. Laat een installateur altijd een warmteverliesberekening maken."""),

dict(id="d133", kind="participatieplan", phase="uitvoering",
title="Participatieplan pilot aquathermie Smilde",
summary="Participatie- en communicatie-aanpak voor de uitvoering van een kleinschalig warmtenet op thermische energie uit de Drentsche Hoofdvaart.",
body="""Context
In Smilde wordt een klein warmtenet aangelegd voor 160 woningen, met warmte uit de Drentsche Hoofdvaart en opslag in de bodem. Het plan is vastgesteld; nu start de uitvoering.

Doel van participatie in deze fase
- bewoners weten wat er wanneer gebeurt in hun straat en in hun huis
- overlast wordt beperkt en snel opgelost
- ten minste 75% van de eigenaar-bewoners sluit aan

Activiteiten
- bouwapp met planning per straat
- buurtkeet tijdens de werkzaamheden, elke woensdag open
- per woning een opnamegesprek en een installatiegesprek
- klankbordgroep van 8 bewoners die mee beslist over de herinrichting van de straat
- een open dag bij het pomphuis bij de vaart

Rollen
- omgevingsmanager van de aannemer
- bewonersbegeleider van de energiecoöperatie
- projectleider gemeente (via regionale pool)

Evaluatie na de eerste fase (60 woningen)."""),

dict(id="d134", kind="overig", phase="tvw",
title="Verslag klankbordgroep warmtenet Assen-Oost, derde bijeenkomst",
summary="Verslag van de klankbordgroep van bewoners over bronkeuze, tarieven en de marktconsultatie.",
body="""Aanwezig: 11 leden klankbordgroep, projectleider, adviseur warmtenetten.

1. Bronkeuze
De adviseur licht de drie opties toe. De groep heeft een voorkeur voor aquathermie omdat dit lokaal en duurzaam is. Zorg: wordt het kanaal niet te koud voor vissen?

2. Tarieven
Leden willen dat de gemeente zich uitspreekt voor een maximale warmteprijs. De projectleider legt uit dat de ACM de tarieven straks reguleert. De groep vraagt om een rekenvoorbeeld voor een gemiddelde rijwoning.

3. Marktconsultatie
De klankbordgroep wil meelezen met de eisen voor participatie in de aanbesteding. Afgesproken: twee leden schuiven aan bij het opstellen van het hoofdstuk.

Actiepunten
- rekenvoorbeeld maandlasten (adviseur)
- informatie over ecologische effecten TEO (projectleider vraagt waterschap)"""),

dict(id="d135", kind="sjabloon", phase="algemeen",
title="Sjabloon participatieplan warmtetransitie",
summary="Invulmodel voor een participatieplan met ambitie, doelgroepen, participatieladder, middelen, rolverdeling en terugkoppeling.",
body="""1. Waarom participatie? Wat is het doel van dit traject?
2. Wat ligt vast en waarover kan worden meegepraat? (speelruimte)
3. Ambitie per onderwerp op de participatieladder: informeren - raadplegen - adviseren - coproduceren - meebeslissen
4. Doelgroepen: huurders, eigenaar-bewoners, VvE's, ondernemers, maatschappelijke organisaties, moeilijk bereikbare groepen
5. Activiteiten en middelen per fase
6. Rollen: wie is het gezicht naar bewoners? (bij voorkeur iemand met lokale binding)
7. Terugkoppeling: hoe laten we zien wat er met inbreng is gedaan?
8. Planning en budget
9. Evaluatie

Handig: kijk voor voorbeelden in de kennisbank bij de participatieplannen van Emmerhout en Aa en Hunze."""),

dict(id="d136", kind="sjabloon", phase="wup",
title="Functieprofiel projectleider wijkaanpak aardgasvrij",
summary="Profiel van de projectleider die namens de gemeente een wijkaanpak leidt van plan tot uitvoering.",
body="""Rol
De projectleider wijkaanpak is verantwoordelijk voor de totstandkoming en uitvoering van het wijkuitvoeringsplan. Hij of zij stuurt een team van interne en externe deskundigen aan en is het aanspreekpunt voor partners.

Kerntaken
- opstellen en bewaken van plan van aanpak, planning en budget
- regie op de samenwerking met corporatie, netbeheerder en warmtebedrijf
- samen met de wijkregisseur organiseren van bewonersparticipatie
- voorbereiden van college- en raadsbesluiten
- risicomanagement

Eisen
- hbo/wo, 5+ jaar projectleiding in een complexe omgeving
- ervaring met gebiedsontwikkeling of wijkvernieuwing
- affiniteit met techniek, geen technicus nodig
Schaal 11-12. Inzet vaak via de regionale pool of als gedeelde functie met een buurgemeente."""),

dict(id="d137", kind="onderzoek", phase="uitvoering",
title="Evaluatie energieloket 2025",
summary="Evaluatie van het fysieke en digitale energieloket: aantallen vragen, onderwerpen, klanttevredenheid en verbeterpunten.",
body="""Aantallen
- 3.420 contacten (telefoon 46%, e-mail 21%, balie 18%, website chat 15%)
- 890 doorverwijzingen naar een energiecoach

Top 5 onderwerpen
1. subsidie (ISDE, gemeentelijke lening)
2. warmtepompen
3. zonnepanelen en salderen
4. isolatie
5. plannen van de gemeente voor de wijk

Tevredenheid: 7,9

Verbeterpunten
- informatie over de wijkplannen is niet actueel op de website
- het loket weet niet altijd wat de pool of de projectleider in de wijk heeft afgesproken; er is een betere informatie-uitwisseling nodig
- meer avondopenstelling"""),

dict(id="d138", kind="sjabloon", phase="uitvoering",
title="Sjabloon energiescan VvE",
summary="Sjabloon voor een eerste energiescan van een appartementencomplex als basis voor het gesprek in de ledenvergadering.",
body="""Algemeen
- naam VvE, adres, bouwjaar, aantal appartementen
- collectieve of individuele verwarming
- datum laatste MJOP

Bouwkundig
- gevel: spouw aanwezig / geïsoleerd
- dak: plat/schuin, isolatie
- vloer boven bergingen/parkeergarage
- kozijnen en glas

Installaties
- cv-ketels (individueel/collectief), leeftijd
- ventilatie
- zonnepanelen op het dak mogelijk?

Maatregelen en kosten
Tabel: maatregel | kosten totaal | kosten per appartement | besparing per jaar | koppeling aan gepland onderhoud

Financiering: VvE-lening Warmtefonds, subsidie VvE, reservefonds."""),

dict(id="d139", kind="overig", phase="uitvoering",
title="Notitie: stroomnet vol, wat nu met de collectieve warmtepomp in Smilde",
summary="Interne notitie over het uitblijven van een netaansluiting voor de collectieve warmtepomp van het aquathermieproject.",
body="""Situatie
De netbeheerder laat weten dat de gevraagde aansluiting van 1,2 MW voor de collectieve warmtepomp niet voor 2029 kan worden gerealiseerd. Het middenspanningsstation in de regio zit vol.

Opties
1. Wachten: het project vertraagt drie jaar. Niet wenselijk.
2. Een kleinere aansluiting (0,6 MW) plus een grotere warmtebuffer en een piekketel op biogas. Kosten +140.000 euro.
3. Een flexibel contract (niet-vast transportrecht): de warmtepomp mag in piekuren van het net worden afgeschakeld. Technisch mogelijk met opslag.
4. Maatschappelijk prioriteren: aanvraag bij de netbeheerder op basis van het nieuwe prioriteringskader.

Advies: optie 3 en 4 tegelijk in gang zetten. Ook de RES-regio informeren, omdat meer projecten hier tegenaan lopen."""),

dict(id="d140", kind="overig", phase="algemeen",
title="Energiebesparing in gemeentelijk vastgoed",
summary="Overzicht van de verduurzaming van gemeentehuis, sporthallen, scholen en het zwembad, met planning en labelverplichting.",
body="""De gemeente heeft 64 gebouwen. Voor kantoren geldt de label C-verplichting; voor alle gebouwen de informatieplicht energiebesparing.

Planning
- gemeentehuis: WKO en LED, gereed 2026
- sporthallen: zonnepanelen, isolatie dak, warmtepomp
- zwembad: warmteterugwinning uit douchewater en ventilatielucht, afdekken bassins, aansluiting op het toekomstige warmtenet onderzoeken
- scholen: samen met de schoolbesturen via het IHP

Budget: 6,4 miljoen euro tot 2030. Voorbeeldfunctie: de gemeente kan bij wijkaanpakken laten zien dat ze zelf ook stappen zet."""),
]
