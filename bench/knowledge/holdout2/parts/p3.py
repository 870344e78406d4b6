DOCS = [
dict(id="d041", kind="overig", phase="algemeen",
title="Overzicht subsidies en regelingen voor woningeigenaren 2026",
summary="Actueel overzicht van landelijke en gemeentelijke regelingen voor verduurzaming door particuliere woningeigenaren.",
body="""Landelijk
- ISDE (Investeringssubsidie duurzame energie en energiebesparing): voor warmtepompen, zonneboilers, isolatie en aansluiting op een warmtenet. Aanvragen bij RVO, ook achteraf binnen 24 maanden.
- Warmtefonds: Energiebespaarlening tegen lage rente; bij een laag inkomen 0% rente of een lening die pas wordt afgelost als het inkomen stijgt.
- Btw-nultarief op zonnepanelen (vervallen per 2027, zie RVO).

Gemeentelijk
- Duurzaamheidslening via SVn
- Energiebespaarcheque van 50 euro voor kleine maatregelen
- Gratis energieadvies aan huis door een energiecoach

Voor VvE's
- Subsidieregeling verduurzaming VvE's (SVVE)
- VvE-Energiebespaarlening van het Warmtefonds

Let op: de bedragen wijzigen jaarlijks. Controleer altijd de actuele voorwaarden."""),

dict(id="d042", kind="overig", phase="uitvoering",
title="Investeringssubsidie duurzame energie: bedragen warmtepompen en isolatie",
summary="Samenvatting van de subsidiebedragen uit de Investeringssubsidie duurzame energie en energiebesparing voor woningeigenaren.",
body="""Deze pagina geeft de bedragen zoals we ze gebruiken in het gesprek aan de keukentafel. De regeling wordt uitgevoerd door de Rijksdienst voor Ondernemend Nederland.

Warmtepompen
- hybride warmtepomp: vanaf 1.025 euro, afhankelijk van vermogen en rendement
- volledige lucht-waterwarmtepomp: vanaf 1.650 euro
- bodemwarmtepomp: vanaf 3.000 euro
- warmtepompboiler: 500 euro

Isolatie
- één isolatiemaatregel: 15% van de kosten
- twee of meer maatregelen binnen 24 maanden: 30%
- minimumoppervlakte per maatregel (bijv. 20 m2 vloer, 10 m2 spouwmuur)

Aansluiting warmtenet: 3.775 euro

Bedragen zijn fictief afgerond voor dit overzicht; raadpleeg de actuele regeling."""),

dict(id="d043", kind="overig", phase="uitvoering",
title="Notitie SVOH voor particuliere verhuurders en corporaties",
summary="Uitleg over de subsidieregeling voor verduurzaming en onderhoud van huurwoningen en hoe de gemeente verhuurders kan helpen.",
body="""De Subsidieregeling verduurzaming en onderhoud huurwoningen is bedoeld voor verhuurders: woningcorporaties, particuliere verhuurders en beleggers. De regeling vergoedt een vast bedrag per isolatiemaatregel, een warmtepomp of een aansluiting op een warmtenet.

Waarom dit voor ons belangrijk is
In onze gemeente zijn ruim 2.000 woningen in bezit van kleine particuliere verhuurders. Juist die woningen hebben vaak label E, F of G. Verhuurders kennen de regeling niet of vinden de aanvraag te ingewikkeld.

Voorstel
- brief aan alle particuliere verhuurders met een slecht label
- een verhuurdersavond met de belastingadviseur en een isolatiebedrijf
- inzet van de flexpool voor een tijdelijke accountmanager verhuurders (0,3 fte)

Let op: de regeling kent aanvraagrondes en plafonds. Een aanvraag doe je vóór de start van de werkzaamheden."""),

dict(id="d044", kind="overig", phase="algemeen",
title="Het Nationaal Warmtefonds: financiering voor iedereen",
summary="Uitleg over de leningen van het Nationaal Warmtefonds voor huishoudens, VvE's en de rol van de gemeente.",
body="""Het Nationaal Warmtefonds verstrekt leningen voor het verduurzamen van woningen.

Voor wie?
- eigenaar-bewoners: Energiebespaarlening, looptijd tot 20 jaar
- huishoudens met een laag inkomen of zonder leenruimte: de Energiebespaarhypotheek of een lening met 0% rente, aflossen pas als het draagkracht toelaat
- VvE's: VvE Energiebespaarlening zonder persoonlijke aansprakelijkheid van leden

Rol van de gemeente
Gemeenten kunnen via een samenwerkingsovereenkomst met het fonds de rente voor hun inwoners verder verlagen. Kosten daarvan: gemiddeld 800 euro per verstrekte lening.

Ervaring in de regio: vier gemeenten doen mee. Het aantal aanvragen stijgt vooral na gerichte wijkacties."""),

dict(id="d045", kind="plan_van_aanpak", phase="uitvoering",
title="Plan van aanpak energiearmoede Borger-Odoorn",
summary="Aanpak om huishoudens met een laag inkomen en hoge energielasten te bereiken en te helpen met besparen, isoleren en schuldhulp.",
body="""Probleemanalyse
Volgens de monitor energiearmoede hebben 1.450 huishoudens in Borger-Odoorn een hoge energiequote (meer dan 10% van het inkomen gaat naar energie) of wonen in een slecht geïsoleerd huis met een laag inkomen.

Doelen 2026
- 800 huishoudens bereikt met een huisbezoek
- 400 huishoudens geholpen met kleine besparingsmaatregelen
- 150 koopwoningen gratis geïsoleerd
- doorverwijzing naar schuldhulp en inkomensondersteuning waar nodig

Aanpak
1. Signaleren: samen met wijkteam, voedselbank, woningcorporatie en energieleverancier
2. Energiefixers: vijf medewerkers (via werkgelegenheidsproject) plaatsen kleine maatregelen
3. Isoleren: gratis pakket voor eigenaar-bewoners met een laag inkomen
4. Nazorg: na 6 maanden een belafspraak

Financiering: SPUK-middelen energiearmoede en het lokale isolatieprogramma.
Capaciteit: projectleider energiearmoede via de flexpool (0,5 fte)."""),

dict(id="d046", kind="overig", phase="algemeen",
title="Verantwoording specifieke uitkering lokale aanpak isolatie",
summary="Interne notitie over de verantwoording van de Rijksmiddelen voor de lokale isolatieaanpak via SiSa.",
body="""De middelen voor de lokale aanpak van isolatie ontvangt de gemeente als specifieke uitkering (SPUK). Dat betekent dat we ze apart moeten verantwoorden.

Wat moet er in de verantwoording?
- besteding per jaar, uitgesplitst naar maatregelen en uitvoeringskosten
- aantal woningen waar maatregelen zijn genomen
- aantal woningen in de doelgroep (slechte labels, lage WOZ, eigenaar-bewoners)

Termijn: SiSa-bijlage bij de jaarrekening, uiterlijk 15 juli.
Valkuil: uitvoeringskosten (inhuur, communicatie) mogen maar tot een maximumpercentage. Inhuur via de regionale pool telt als uitvoeringskosten; houd de uren per regeling apart bij in de urenregistratie."""),

dict(id="d047", kind="overig", phase="uitvoering",
title="Nationaal Isolatieprogramma: onze lokale aanpak in één pagina",
summary="Eén-pagina-samenvatting van hoe de gemeente de middelen van het Nationaal Isolatieprogramma inzet.",
body="""Nationaal Isolatieprogramma (NIP) - lokale aanpak Midden-Drenthe

Doel NIP landelijk: 2,5 miljoen woningen beter geïsoleerd in 2030.
Ons deel: 1.100 woningen, vooral koopwoningen met label D en slechter in Beilen, Smilde en Westerbork.

Wat doen we?
- gratis isolatie voor woningen in de doelgroep (lage WOZ-waarde, eigenaar-bewoner)
- een isolatiebus die per straat langskomt
- samenwerking met de energiecoöperatie voor huisbezoeken

Stand van zaken: 430 woningen geïsoleerd, 270 in voorbereiding.
Knelpunt: aannemers hebben lange wachttijden; we bundelen aanvragen per straat."""),

dict(id="d048", kind="raadsvoorstel", phase="uitvoering",
title="Raadsvoorstel krediet energiefixers en energiearmoede",
summary="Voorstel om 420.000 euro beschikbaar te stellen voor de inzet van energiefixers en een gratis isolatiepakket voor huishoudens met een laag inkomen.",
body="""Beslispunten
1. Een krediet van 420.000 euro beschikbaar te stellen voor de aanpak van energiearmoede in 2026-2027.
2. Dit te dekken uit de nog niet bestede SPUK-middelen en de algemene reserve.

Toelichting
Energiearmoede komt in onze gemeente meer voor dan gemiddeld. Huishoudens met een laag inkomen wonen vaker in slecht geïsoleerde huizen en hebben geen geld om te investeren. De energiefixers hebben het afgelopen jaar 600 huishoudens bezocht; de gemiddelde besparing was 140 euro per jaar.

Wat gaan we doen?
- voortzetting energiefixers (4 fte via het werkbedrijf)
- gratis isolatie van vloer en spouw voor 200 koopwoningen
- extra aandacht voor huurders van particuliere verhuurders

Risico's: het is lastig de doelgroep te bereiken; een deel heeft wantrouwen richting de overheid.
Communicatie: via wijkteams, huisartsen en de voedselbank."""),

dict(id="d049", kind="plan_van_aanpak", phase="uitvoering",
title="Werving en opleiding van energiecoaches",
summary="Plan om in twee jaar 40 vrijwillige energiecoaches te werven, op te leiden en te behouden, in samenwerking met de energiecoöperaties.",
body="""Waarom energiecoaches?
Inwoners vertrouwen een buurtgenoot meer dan een gemeente of een bedrijf. Een energiecoach geeft onafhankelijk advies aan de keukentafel over besparen, isoleren en subsidies.

Werving
- oproep via lokale krant, dorpsbelangen en de coöperaties
- doelgroepen: gepensioneerde technici, studenten, mensen met een migratieachtergrond (taal!)

Opleiding
- basistraining van vier dagdelen (warmteverlies, isolatie, warmtepompen, subsidies, gespreksvaardigheden)
- meeloopdag met een ervaren coach
- jaarlijks een terugkomdag

Behoud
- vrijwilligersvergoeding (maximaal toegestane bedrag)
- een vaste coördinator per gemeente
- gezamenlijke kennisdeling in de regio, met een digitale community

Kosten: 65.000 euro per jaar voor opleiding, coördinatie en materiaal."""),

dict(id="d050", kind="les", phase="uitvoering",
title="Les: huurders bereik je niet met dezelfde energiecoach-aanpak",
summary="Ervaring dat huurders van corporaties een andere benadering nodig hebben dan eigenaar-bewoners bij energieadvies aan huis.",
body="""Onze energiecoaches waren vooral gericht op eigenaar-bewoners: isolatie, subsidies, warmtepompen. Huurders haakten af, want zij kunnen niet zelf isoleren.

Wat werkte wel:
- gesprek over gedrag en kleine maatregelen (douchen, thermostaat, ventileren)
- samenwerking met de huurdersvereniging: die nodigde bewoners zelf uit
- uitleg over wat de corporatie gaat doen en wanneer
- coaches die dezelfde taal spreken

Resultaat: het bereik onder huurders ging van 6% naar 22% in een half jaar."""),

dict(id="d051", kind="overig", phase="algemeen",
title="Samenwerkingsafspraken gemeente en energiecoöperatie",
summary="Afspraken tussen gemeente en lokale energiecoöperatie over energieloket, energiecoaches, buurtwarmte en financiële ondersteuning.",
body="""Partijen: gemeente Westerveld en Energiecoöperatie Westerveld Energiek (fictief).

Afspraken
1. De coöperatie organiseert het fysieke energieloket (2 dagdelen per week in het gemeentehuis).
2. De coöperatie coördineert de vrijwillige energiecoaches; de gemeente betaalt opleiding en een vergoeding van 35 euro per huisbezoek.
3. Bij wijkaanpakken is de coöperatie gesprekspartner en kan zij een rol nemen in een lokaal warmtebedrijf.
4. De gemeente stelt een jaarlijkse bijdrage van 25.000 euro beschikbaar voor de organisatiekosten.
5. Evaluatie na twee jaar.

Er is aandacht voor rolzuiverheid: de coöperatie verkoopt geen producten tijdens een huisbezoek."""),

dict(id="d052", kind="les", phase="tvw",
title="Buurtwarmte: bewonersinitiatief voor een eigen warmtenet",
summary="Verslag van een bewonersinitiatief dat een coöperatief warmtenet wil opzetten en wat de gemeente daarbij kan doen.",
body="""In het dorp Zuidwolde heeft een groep bewoners het initiatief genomen om een eigen warmtenet op te zetten met warmte uit de naastgelegen vaart. Ze richtten een energiecoöperatie op, die nu 180 leden heeft.

Wat de gemeente deed
- de gemeente nam het dorp op in de TVW als 'initiatiefgebied'
- financiering van een haalbaarheidsstudie (40.000 euro)
- een ambtelijk aanspreekpunt via de flexpool met kennis van coöperatieve warmte
- contact gelegd met het programma voor burgerinitiatieven van de provincie

Uitdagingen
- vrijwilligers raken overbelast bij de complexe stappen (bank, netbeheerder, vergunningen)
- onzekerheid over de Wcw: mag een coöperatie een warmtebedrijf zijn? (ja, als publiek-gelijkwaardige partij onder voorwaarden)

Les: geef initiatiefnemers professionele ondersteuning, maar neem het niet over."""),

dict(id="d053", kind="overig", phase="algemeen",
title="Energiearmoede in cijfers: regionale monitor",
summary="Cijfers over energiearmoede per gemeente in Drenthe op basis van de landelijke monitor, met toelichting op de indicatoren.",
body="""Indicatoren
- hoge energiequote: energie-uitgaven > 10% van het besteedbaar inkomen
- laag inkomen en lage energiekwaliteit van de woning
- laag inkomen en bovengemiddelde energierekening

Aandeel huishoudens in energiearmoede (fictieve cijfers)
Assen 7,8% | Emmen 9,4% | Hoogeveen 8,1% | Coevorden 8,9% | Borger-Odoorn 9,7% | Tynaarlo 4,3% | Aa en Hunze 5,9% | Meppel 6,2%

Opvallend
- hoogste percentages in de Veenkoloniën en in oudere wijken van Emmen
- in de dorpen gaat het vaak om eigenaar-bewoners met een laag inkomen in oude woningen
- in de steden vooral huurders van particuliere verhuurders

Gebruik de cijfers om wijken te kiezen voor gerichte acties, niet om huishoudens te labelen."""),

dict(id="d054", kind="overig", phase="algemeen",
title="Energietoeslag en bijzondere bijstand 2026",
summary="Informatie van de afdeling inkomen over de energietoeslag voor huishoudens met een laag inkomen.",
body="""Huishoudens met een inkomen tot 120% van het sociaal minimum kunnen een eenmalige energietoeslag aanvragen van 400 euro.

Aanvragen: via het digitale formulier op de website of bij het loket Werk en Inkomen.
Benodigd: bankafschrift, inkomensgegevens van alle gezinsleden.
Uitbetaling: binnen 8 weken.

Let op: de toeslag telt niet mee voor de bijstand. Wie al bijstand ontvangt, krijgt de toeslag automatisch.
Doorverwijzen: inwoners met betalingsachterstanden bij de energieleverancier kunnen terecht bij de schuldhulpverlening."""),

dict(id="d055", kind="overig", phase="algemeen",
title="Participatiewet: re-integratietrajecten 2026",
summary="Uitvoeringsplan voor re-integratie van bijstandsgerechtigden naar werk onder de Participatiewet.",
body="""De Participatiewet verplicht de gemeente om inwoners met een bijstandsuitkering te ondersteunen bij het vinden van werk.

In 2026 zetten we in op:
- 120 werkfittrajecten via het werkbedrijf
- leerwerkplekken in de techniek, onder meer bij installatiebedrijven (tekort aan monteurs)
- loonkostensubsidie voor mensen met een arbeidsbeperking
- een jobcoach voor de eerste zes maanden

Budget: uit het participatiebudget van het gemeentefonds.
Samenwerking met het UWV en de regionale werkgeversservicepunt."""),

dict(id="d056", kind="onderzoek", phase="uitvoering",
title="Evaluatie energiecoaches 2024-2025",
summary="Evaluatie van het bereik, de tevredenheid en het effect van de energiecoaches in vier gemeenten.",
body="""Onderzoeksopzet: analyse van 2.140 registraties van huisbezoeken, een enquête onder 480 bezochte huishoudens en interviews met 12 coaches.

Bereik
- 2.140 huisbezoeken, waarvan 71% bij eigenaar-bewoners
- lage inkomens ondervertegenwoordigd (18% tegenover 31% in de bevolking)

Effect
- 62% nam binnen een jaar minstens één maatregel
- meest genomen: radiatorfolie, tochtstrips, LED, vloerisolatie
- 14% vroeg subsidie aan die zij anders niet hadden aangevraagd

Tevredenheid: gemiddeld 8,4

Knelpunten
- uitval van coaches (30% per jaar)
- registratie is rommelig: elke gemeente een ander formulier
- coaches willen meer kennis over warmtepompen en warmtenetten

Aanbevelingen: één registratiesysteem in de regio, gerichte werving in wijken met veel lage inkomens, vervolgtraining."""),

dict(id="d057", kind="sjabloon", phase="uitvoering",
title="Registratieformulier huisbezoek energiecoach",
summary="Standaardformulier voor energiecoaches om een huisbezoek vast te leggen.",
body="""Datum bezoek:
Gemeente / kern:
Type woning: rij / twee-onder-een-kap / vrijstaand / appartement
Eigendom: koop / huur corporatie / huur particulier
Bouwjaar (schatting):
Energielabel (indien bekend):

Besproken onderwerpen (aankruisen):
- gedrag en thermostaat
- kleine maatregelen geplaatst
- isolatie
- warmtepomp
- subsidie en financiering
- doorverwijzing (schuldhulp, toeslagen, wijkteam)

Afspraken / vervolg:
Toestemming inwoner voor contact na 6 maanden: ja / nee

Gegevens worden verwerkt volgens de AVG en na 2 jaar verwijderd."""),

dict(id="d058", kind="overig", phase="algemeen",
title="Verdeelsleutel kosten afvalinzameling gemeenschappelijke regeling",
summary="Toelichting op de verdeling van de kosten van het regionale afvalbedrijf over de deelnemende gemeenten.",
body="""De kosten van de gemeenschappelijke regeling voor afvalinzameling worden verdeeld over de vijf deelnemende gemeenten.

Verdeelsleutel
- vaste kosten (overhead, wagenpark): naar rato van het aantal aansluitingen (huishoudens)
- variabele kosten (verwerking): op basis van gewogen tonnages per gemeente
- milieustraat: op basis van het aantal bezoeken per gemeente

Een gemeente die uittreedt betaalt een uittreedsom gelijk aan haar aandeel in de boekwaarde en de lopende contracten.

De verdeelsleutel wordt elke vier jaar herzien door het algemeen bestuur."""),

dict(id="d059", kind="overig", phase="algemeen",
title="Btw en subsidie: veelgestelde vragen van energiecoöperaties",
summary="Antwoorden op vragen van energiecooperaties over subsidies, btw-plicht en ondersteuning door gemeente en provincie.",
body="""Kan onze cooperatie subsidie krijgen van de gemeente?
Ja, voor activiteiten met een maatschappelijk doel, zoals energieadvies en voorlichting. Niet voor commerciële activiteiten.

Moeten we btw afdragen?
Als de coöperatie energie levert of diensten verkoopt, meestal wel. Vraag advies aan de Belastingdienst of een adviseur.

Welke ondersteuning biedt de provincie?
Een ontwikkelfonds voor lokale energie-initiatieven en een procesbegeleider voor startende cooperaties.

Kunnen we meedoen in een warmtenet?
Ja. Onder de nieuwe Wcw kan een coöperatie onder voorwaarden zelf warmtebedrijf zijn of deelnemen in een publiek warmtebedrijf.

Waar vind ik andere coöperaties?
Via de koepel Energie Samen en het provinciale netwerk."""),

dict(id="d060", kind="onderzoek", phase="uitvoering",
title="Enquête bewoners Assen-Oost: houding tegenover het warmtenet",
summary="Resultaten van een bewonersenquête over kennis, vertrouwen en bereidheid om aan te sluiten op een warmtenet.",
body="""Respons: 812 van de 2.400 huishoudens (34%).

Kennis
- 58% weet dat de gemeente onderzoek doet naar een warmtenet
- 23% weet wat een warmtenet is

Houding
- 41% staat positief tegenover aansluiten
- 29% neutraal
- 30% negatief

Belangrijkste zorgen
1. kosten en warmteprijs (74%)
2. afhankelijkheid van één leverancier (52%)
3. verbouwing in huis (38%)
4. koken zonder gas (21%)

Wat moet er gebeuren om aan te sluiten?
- garantie dat de maandlasten niet stijgen (81%)
- informatie over de planning (56%)
- een voorbeeldwoning kunnen bekijken (33%)

De resultaten worden gebruikt voor het participatieplan en de businesscase."""),
]
