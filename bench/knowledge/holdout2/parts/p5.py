DOCS = [
dict(id="d081", kind="overig", phase="algemeen",
title="Samenwerkingsovereenkomst Flexteam Warmte Drenthe",
summary="Overeenkomst tussen de twaalf Drentse gemeenten, de provincie en de VDG over de oprichting, sturing en financiering van het regionale flexteam warmte.",
body="""Partijen
De colleges van de twaalf Drentse gemeenten, Gedeputeerde Staten van de provincie Drenthe en de Vereniging van Drentse Gemeenten (VDG).

Artikel 1 Doel
Het gezamenlijk organiseren van capaciteit en kennis voor de lokale warmtetransitie, zodat iedere gemeente haar taken (transitievisie, wijkuitvoeringsplannen, uitvoering) kan uitvoeren.

Artikel 2 Uitgangspunten
- de vraag komt altijd van de gemeente; het flexteam bepaalt niet wat een gemeente moet doen
- de medewerkers zijn in dienst van de provincie en werken in opdracht van de gemeenten
- kennis die wordt ontwikkeld is van alle partijen en wordt gedeeld

Artikel 3 Organisatie
- stuurgroep: drie wethouders, de gedeputeerde, de directeur VDG
- kernteam: coördinator en twee senior adviseurs
- gebruikersoverleg: contactpersonen van alle gemeenten, elk kwartaal

Artikel 4 Financiering
De provincie draagt de personeelskosten voor de eerste drie jaar voor 60%. De gemeenten dragen 40% bij volgens de verdeelsleutel in bijlage 2 (vaste voet plus aantal woningen).

Artikel 5 Looptijd
Vier jaar, met een evaluatie na twee jaar. Toetreden en uittreden is mogelijk per 1 januari, met een opzegtermijn van zes maanden.

Artikel 6 Geschillen
Partijen lossen geschillen in eerste instantie op in de stuurgroep."""),

dict(id="d082", kind="overig", phase="algemeen",
title="Menukaart dienstverlening regionaal flexteam",
summary="Overzicht van de diensten en kennisproducten die gemeenten bij het flexteam kunnen afnemen, met indicatie van inzet in uren.",
body="""Procesbegeleiding
- opstellen of actualiseren van de transitievisie warmte (300-600 uur)
- projectleiding wijkuitvoeringsplan (0,4-0,8 fte, 12-24 maanden)
- begeleiding participatietraject (100-250 uur)

Specialistisch advies
- juridisch: Wcw, Wgiw, aanwijzingsbesluit (op afroep)
- financieel: businesscase warmtenet, kostenvergelijking (40-120 uur)
- technisch: bronnen, aquathermie, WKO, netcongestie (op afroep)
- GIS en data: warmtevraagkaarten, startanalyse (20-80 uur)

Kennisproducten (gratis voor deelnemers)
- sjablonen: WUP, participatieplan, communicatieplan
- factsheets voor inwoners
- kennissessies en intervisie

Hoe aanvragen? Via het hulpvraagformulier bij de coördinator. Binnen twee weken volgt een intakegesprek."""),

dict(id="d083", kind="sjabloon", phase="algemeen",
title="Formulier hulpvraag aan de flexpool",
summary="Invulformulier waarmee een gemeente een capaciteitsvraag indient bij de regionale pool.",
body="""Gemeente:
Contactpersoon (functie):
Datum:

1. Omschrijving van de vraag
Wat moet er gebeuren en waarom?

2. Gevraagd profiel
- projectleider / procesbegeleider / specialist (welk vakgebied?)
- meerdere profielen nodig? (bijv. lokale procesbegeleider + technisch specialist)

3. Omvang en periode
Aantal uren per week, startdatum, einddatum

4. Contact met inwoners
Werkt de medewerker direct met inwoners (frontstage) of achter de schermen (backstage)?
Is lokale bekendheid of kennis van de streektaal gewenst?

5. Bestaand werk
Is bij u bekend of een andere gemeente iets vergelijkbaars heeft gedaan? (de coördinator zoekt dit ook na in de kennisbank)

6. Budget en akkoord
Kostenplaats, naam budgethouder (functie), akkoord leidinggevende

Indienen bij de coördinator van de pool. U ontvangt binnen 10 werkdagen een voorstel; de gemeente beslist of ze het voorstel accepteert."""),

dict(id="d084", kind="overig", phase="algemeen",
title="Procesbeschrijving: van capaciteitsaanvraag tot inzet",
summary="Stapsgewijze beschrijving van hoe een aanvraag voor capaciteit bij de regionale pool wordt behandeld, gematcht en bevestigd.",
body="""Stap 1 - Aanvraag
De gemeente dient een aanvraag in via het hulpvraagformulier. Alleen de gemeentelijke contactpersoon kan een aanvraag indienen.

Stap 2 - Intake
De coördinator (makelaar) voert binnen twee weken een intakegesprek. Hij of zij checkt of er al kennis of producten zijn bij andere gemeenten die de vraag (deels) beantwoorden.

Stap 3 - Matching
De coördinator zoekt een of meer poolmedewerkers op basis van vakkennis, beschikbaarheid en lokale binding. Bij werk met bewoners gaat de voorkeur uit naar iemand die de gemeente of streek kent.

Stap 4 - Voorstel
De gemeente krijgt een voorstel met naam, profiel, uren en kosten. De gemeente kan accepteren, om een alternatief vragen of afwijzen. Niemand wordt ingezet zonder akkoord van de gemeente.

Stap 5 - Opdrachtbevestiging
Een korte opdrachtbevestiging met resultaat, uren, periode en verrekening.

Stap 6 - Uitvoering en uren
De poolmedewerker schrijft uren per opdracht; de gemeente fiatteert maandelijks.

Stap 7 - Afronding
Eindgesprek, evaluatie en het delen van de producten in de kennisbank.

Bij schaarste: de stuurgroep heeft regels voor prioritering (zie notitie verdeling bij schaarste)."""),

dict(id="d085", kind="overig", phase="algemeen",
title="Notitie: hoe verdelen we de kosten van het flexteam",
summary="Discussienotitie over verschillende modellen voor de verdeling van de kosten van de regionale pool over de deelnemende gemeenten.",
body="""Aanleiding
Het huidige model (vaste bijdrage per gemeente naar aantal woningen) wordt als oneerlijk ervaren. Kleine gemeenten betalen relatief veel en gebruiken de pool minder; grote gemeenten gebruiken meer uren dan waarvoor ze betalen.

Modellen
A. Vaste bijdrage naar inwonertal of woningen (huidig). Eenvoudig, voorspelbaar, maar geen relatie met gebruik.
B. Volledig betalen per uur. Eerlijk naar gebruik, maar de pool heeft geen zekerheid en kleine gemeenten kunnen gaan 'zuinigen'.
C. Gemengd model: vaste voet (30%) voor de basisvoorziening (coördinatie, kennisbank, kennissessies) plus betalen per afgenomen uur (70%) tegen kostprijs.
D. Inbreng in natura: gemeenten detacheren eigen medewerkers; gedetacheerde uren worden verrekend met hun bijdrage.

Advies kernteam
Model C, aangevuld met D: wie eigen mensen inbrengt, krijgt die uren in mindering gebracht. Geassocieerde leden betalen alleen per uur, met een opslag van 15%.

Besluit in de stuurgroep van 14 mei."""),

dict(id="d086", kind="overig", phase="algemeen",
title="Regeling urenverantwoording en doorbelasting",
summary="Afspraken over het schrijven, fiatteren en verrekenen van gewerkte uren van poolmedewerkers aan de deelnemende gemeenten.",
body="""1. Uren schrijven
Iedere poolmedewerker schrijft wekelijks zijn uren per opdracht in het urensysteem, uiterlijk op maandag voor de voorgaande week. Reistijd binnen de regio telt als werktijd.

2. Fiattering
De gemeentelijke contactpersoon fiatteert de uren van de eigen opdrachten maandelijks. Niet gefiatteerde uren na 30 dagen gelden als akkoord.

3. Tarief
Het uurtarief is de integrale kostprijs: 92 euro voor adviseurs, 104 euro voor senior adviseurs en projectleiders (prijspeil 2026).

4. Doorbelasting
Per kwartaal stuurt de provincie (als werkgever) een factuur aan iedere gemeente met de afgenomen uren minus de ingebrachte uren van gedetacheerd personeel.

5. Meer- en minderwerk
Wijkt het aantal uren meer dan 10% af van de opdrachtbevestiging, dan overlegt de poolmedewerker vooraf met de gemeente.

6. Geschillen
Bij onenigheid over uren beslist de coördinator; daarna de stuurgroep."""),

dict(id="d087", kind="overig", phase="algemeen",
title="Mail: vraag over verrekening Q3 uren gemeente Westerveld",
summary="Notitie van een e-mailwisseling tussen de financieel medewerker van een gemeente en de pool over een factuur met afwijkende uren.",
body="""Van: financieel adviseur gemeente Westerveld
Aan: coördinator flexpool

Goedemorgen,

Op de factuur voor het derde kwartaal staan 212 uur voor de projectleider WUP, terwijl onze opdrachtbevestiging uitgaat van 160 uur per kwartaal. Daarnaast mis ik de verrekening van de 48 uur die onze collega van ruimtelijke ordening voor de pool heeft gewerkt (GIS-analyse voor Meppel).

Kunnen jullie dit uitzoeken?

---
Antwoord coördinator:

Klopt, er zijn 52 uur extra gemaakt voor de voorbereiding van de extra bewonersavonden. Dat is met jullie projectleider afgestemd, maar niet schriftelijk vastgelegd; dat had wel gemoeten volgens de regeling. De 48 ingebrachte uren waren nog niet verwerkt. We sturen een creditnota en een nieuwe factuur. Voortaan leggen we meerwerk altijd vast per mail."""),

dict(id="d088", kind="plan_van_aanpak", phase="algemeen",
title="Inwerkprogramma nieuwe medewerkers flexteam warmte",
summary="Onboardingprogramma voor nieuwe poolmedewerkers: eerste week, eerste maand en eerste drie maanden.",
body="""Doel: nieuwe collega's zijn binnen drie maanden volledig inzetbaar en kennen de gemeenten, de partners en de werkwijze.

Week 1
- welkom door de coördinator, uitleg over de samenwerkingsovereenkomst en de menukaart
- laptop, toegang tot urensysteem en kennisbank
- kennismaking met het kernteam

Maand 1
- kennismakingstour langs minimaal zes gemeenten (contactpersoon warmte, wethouder waar mogelijk)
- meelopen met een ervaren collega bij een bewonersavond en een projectgroep
- basistraining Wcw en Wgiw

Maand 2-3
- eerste eigen opdracht, met een buddy
- intervisie met collega's
- evaluatiegesprek na 90 dagen

Tip uit evaluatie: nieuwe collega's vonden het lastig om te zien welke kennis al bestaat. Geef ze in week 1 een rondleiding door de kennisbank."""),

dict(id="d089", kind="sjabloon", phase="algemeen",
title="Functieprofiel procesbegeleider warmtetransitie",
summary="Functiebeschrijving voor een procesbegeleider in het regionale flexteam, met taken, competenties en schaal.",
body="""Functie: procesbegeleider warmtetransitie (flexteam)
Schaal: 11 (provincie)
Omvang: 36 uur

Wat ga je doen?
Je begeleidt gemeenten bij het opstellen van de transitievisie warmte en wijkuitvoeringsplannen. Je werkt voor twee of drie gemeenten tegelijk. De gemeente is je opdrachtgever; de provincie je werkgever.

Taken
- projectleiding en procesregie in de wijkaanpak
- organiseren van participatie met bewoners, corporaties en netbeheerder
- opstellen van plannen en raadsvoorstellen samen met de gemeente
- kennis delen met collega's in de pool

Wat vragen we?
- hbo/wo werk- en denkniveau
- minimaal 4 jaar ervaring in proces- of projectmanagement in het openbaar bestuur
- kennis van de warmtetransitie is een pré, niet vereist
- bestuurlijke sensitiviteit, verbinder, stevig in overleg met bewoners
- bekendheid met Drenthe en de Drentse gemeenten is een voordeel

Competenties: samenwerken, omgevingsbewustzijn, resultaatgerichtheid, flexibiliteit."""),

dict(id="d090", kind="sjabloon", phase="algemeen",
title="Vacaturetekst: specialist warmtenetten (gedeelde functie)",
summary="Vacature voor een technisch specialist collectieve warmte die zijn tijd verdeelt over vijf gemeenten in de regio.",
body="""Eén gemeente heeft niet genoeg werk voor een eigen warmtenetspecialist. Vijf samen wel. Daarom zoeken we een specialist collectieve warmte die voor meerdere gemeenten werkt.

Jij
- bent technisch onderlegd (hbo werktuigbouwkunde, installatietechniek of energietechniek)
- kent de techniek van warmtenetten, bronnen en collectieve warmtepompen
- kan een businesscase lezen en beoordelen
- vindt het leuk om je week te verdelen: maandag Meppel, dinsdag Westerveld, enzovoort

Wij
- een functie bij de regionale pool, schaal 11
- collega's met verschillende expertises
- ruimte voor opleiding

Werkverdeling: de vijf gemeenten nemen ieder ongeveer 7 uur per week af. De coördinator bewaakt de verdeling."""),

dict(id="d091", kind="sjabloon", phase="algemeen",
title="Model detacheringsovereenkomst medewerker gemeente naar regionale pool",
summary="Modelovereenkomst voor het tijdelijk uitlenen van een gemeentelijke medewerker aan het regionale flexteam.",
body="""Partijen
1. Gemeente [naam], uitlenende organisatie
2. Provincie Drenthe, namens het flexteam, inlenende organisatie

Artikel 1 Detachering
De uitlenende organisatie stelt medewerker [functie] voor [aantal] uur per week beschikbaar aan het flexteam, van [datum] tot [datum].

Artikel 2 Rechtspositie
De medewerker blijft in dienst van de uitlenende gemeente. De arbeidsvoorwaarden van de gemeente blijven van toepassing.

Artikel 3 Leiding en toezicht
De coördinator van het flexteam geeft de dagelijkse aansturing voor het werk in de pool.

Artikel 4 Vergoeding
De gedetacheerde uren worden tegen de integrale loonkosten verrekend met de jaarlijkse bijdrage van de gemeente aan het flexteam.

Artikel 5 Geheimhouding en kennis
Producten die in de pool worden gemaakt worden gedeeld met alle deelnemers.

Artikel 6 Beëindiging
Tussentijdse beëindiging met een termijn van twee maanden."""),

dict(id="d092", kind="overig", phase="algemeen",
title="Governance van de regionale warmtepool: rollen en besluitvorming",
summary="Beschrijving van de organisatiestructuur, de verantwoordelijkheden en de besluitvorming binnen de regionale pool.",
body="""De regionale pool is geen zelfstandige rechtspersoon. De provincie is werkgever; de gemeenten zijn opdrachtgever. Dat vraagt heldere afspraken.

Stuurgroep (bestuurlijk)
- vaststellen jaarplan, begroting en verdeelsleutel
- besluiten over toetreding en uittreding
- prioriteren bij schaarste

Kernteam (ambtelijk)
- coördinator: intake, matching, kennisbank, rapportage
- twee senior adviseurs: kwaliteit, coaching

Gebruikersraad (contactpersonen gemeenten)
- signaleren van behoeften
- advies over menukaart en werkwijze

Verantwoording
Iedere gemeente krijgt per half jaar een rapport: gevraagde inzet, geleverde inzet, uren en kosten, bijdrage en ingebrachte uren. Dit rapport kan naar de raad.

Legitimiteit: de pool is niet gekozen. Besluiten met financiële gevolgen voor gemeenten vallen daarom altijd onder de colleges. Raden worden jaarlijks geïnformeerd via een raadsinformatiebrief."""),

dict(id="d093", kind="onderzoek", phase="algemeen",
title="Evaluatie eerste twee jaar Flexteam Warmte",
summary="Tussenevaluatie van de regionale pool op basis van interviews, urendata en een enquête onder gemeenten.",
body="""Methode
Interviews met 24 betrokkenen (wethouders, contactpersonen, poolmedewerkers), analyse van 11.200 geregistreerde uren en een enquête onder de 12 gemeenten.

Resultaten
- 38 opdrachten uitgevoerd, waarvan 14 transitievisies of actualisaties, 9 wijkuitvoeringsplannen en 15 specialistische adviezen
- gemiddelde tevredenheid 7,6
- de kleinste vier gemeenten gebruikten samen 18% van de uren maar betaalden 26% van de gemeentelijke bijdrage
- de doorlooptijd van aanvraag tot inzet was gemiddeld 5 weken; gewenst is 2-3 weken

Wat gaat goed
- kennis blijft in de regio; gemeenten hergebruiken elkaars sjablonen
- procesbegeleiders die meerdere gemeenten bedienen brengen ervaringen mee

Verbeterpunten
- de kennisbank is slecht doorzoekbaar; mensen vinden bestaande producten niet
- bij werk met bewoners mist soms lokale binding
- de kostenverdeling moet meer gebruiksafhankelijk
- de capaciteit is onvoldoende voor de uitvoeringsfase

Aanbeveling: verlenging met vier jaar, herziening van de verdeelsleutel en uitbreiding met uitvoeringscapaciteit."""),

dict(id="d094", kind="overig", phase="algemeen",
title="Jaarverslag 2025 regionale pool warmtetransitie",
summary="Jaarverslag met de geleverde inzet per gemeente, financiën, kennisproducten en personeel van de regionale pool.",
body="""Kerncijfers 2025
- 13 deelnemende gemeenten (Tynaarlo sinds 1 januari volwaardig lid)
- 2 geassocieerde leden uit Overijssel
- 14,6 fte in de pool, waarvan 3,2 fte gedetacheerd vanuit gemeenten
- 6.840 declarabele uren

Inzet per type werk
- transitievisie/warmteprogramma: 24%
- wijkuitvoeringsplannen: 41%
- uitvoering en ontzorging: 17%
- specialistisch advies: 11%
- kennisdeling: 7%

Financiën
Totale kosten 1,68 miljoen euro. Bijdrage provincie 0,9 miljoen, gemeenten 0,68 miljoen, geassocieerde leden 0,1 miljoen.

Kennis
- 21 nieuwe producten in de kennisbank
- 9 kennissessies met gemiddeld 34 deelnemers
- een regionaal sjabloon voor het WUP

Personeel: 3 nieuwe medewerkers, 2 vertrokken (naar een adviesbureau en een netbeheerder).

Vooruitblik 2026: meer inzet in uitvoering, een nieuwe verdeelsleutel, een gedeelde jurist."""),

dict(id="d095", kind="plan_van_aanpak", phase="algemeen",
title="Kennisdeling in de regio: aanpak 2026",
summary="Plan om kennis uit de pool en de gemeenten beter te borgen en te delen: kennisbank, kennissessies, intervisie en een makelaarsrol.",
body="""Probleem
Er is veel kennis in de regio, maar die is moeilijk te vinden. Gemeenten laten onderzoek opnieuw doen terwijl een buurgemeente het al heeft ('not invented here'). Binnen gemeenten zitten warmte, wonen en sociaal domein in aparte silo's.

Doelen
- iedere vraag aan de pool wordt eerst getoetst aan bestaande kennis
- hergebruik van producten wordt gemeten
- kennis vertrekt niet met externe adviseurs

Acties
1. Kennisbank: opschonen, vaste metadata (type document, fase, gemeente), betere zoekfunctie.
2. Kennismakelaar: de coördinator wordt ook makelaar; hij of zij verwijst vragen naar bestaand werk en naar collega's die het weten.
3. Kennissessies: maandelijks een thema, opname beschikbaar.
4. Intervisie voor projectleiders per fase (TVW, WUP, uitvoering).
5. Afspraak: bij inhuur van externen is overdracht van kennis en producten verplicht.

Indicator: percentage aanvragen waarbij bestaand werk is hergebruikt (doel 40%)."""),

dict(id="d096", kind="overig", phase="algemeen",
title="Notulen stuurgroep regionale pool 14 mei",
summary="Verslag van de stuurgroepvergadering over de nieuwe kostenverdeling, toetreding van een gemeente en de capaciteit voor uitvoering.",
body="""Aanwezig: drie wethouders (Assen, Emmen, Westerveld), gedeputeerde energie, directeur VDG, coördinator pool (notulen).

1. Verdeelsleutel
De stuurgroep bespreekt de notitie over kostenverdeling. Besluit: vanaf 2027 een gemengd model met vaste voet (30%) en betaling per uur (70%). Ingebrachte uren van gedetacheerd personeel worden verrekend. De kleinste gemeenten krijgen een overgangsregeling van twee jaar.

2. Toetreding
Gemeente Hardenberg (Overijssel) wil als geassocieerd lid deelnemen. Akkoord, tegen uurtarief plus 15% opslag, zonder stemrecht.

3. Uitvoeringscapaciteit
De behoefte voor de uitvoeringsfase wordt geraamd op 160 fte in de regio; beschikbaar is 50-60 fte. De pool alleen lost dit niet op. Actie: coördinator werkt scenario's uit voor een ontwerpatelier in september.

4. Rondvraag
Emmen vraagt aandacht voor de doorlooptijd van aanvragen.

Volgende vergadering: 10 september."""),

dict(id="d097", kind="raadsvoorstel", phase="algemeen",
title="Raadsvoorstel toetreding tot de regionale pool warmtetransitie",
summary="Voorstel aan de raad van Tynaarlo om toe te treden als volwaardig lid van de regionale pool en daarvoor een jaarlijkse bijdrage beschikbaar te stellen.",
body="""Voorgesteld besluit
1. Kennis te nemen van het voornemen van het college om per 1 januari toe te treden tot de regionale pool warmtetransitie.
2. Een jaarlijkse bijdrage van 58.000 euro beschikbaar te stellen, te dekken uit de middelen voor uitvoeringskosten klimaatakkoord.

Aanleiding
Tot nu toe nam de gemeente incidenteel diensten af als geassocieerd lid. Het komende jaar staan twee wijkuitvoeringsplannen en de actualisatie van de transitievisie gepland. De eigen formatie is hiervoor onvoldoende (1,8 fte op warmte) en de arbeidsmarkt is krap.

Argumenten
- als volwaardig lid betalen we een lager uurtarief en hebben we stemrecht in de stuurgroep
- we krijgen toegang tot specialisten (jurist, warmtenetten, data) die we zelf niet kunnen aannemen
- we delen in de kennis van andere gemeenten

Kanttekeningen
- de raad heeft geen directe zeggenschap over de pool; wel via de jaarlijkse rapportage en de begroting
- bij schaarste moeten we delen met andere gemeenten

Evaluatie na twee jaar; uittreden kan per 1 januari met zes maanden opzegtermijn."""),

dict(id="d098", kind="overig", phase="algemeen",
title="Voorwaarden geassocieerd lidmaatschap",
summary="Regels voor gemeenten die zonder vaste bijdrage op afroep diensten van de pool willen afnemen.",
body="""Geassocieerde leden
- betalen geen vaste bijdrage
- betalen het uurtarief plus een opslag van 15%
- hebben toegang tot de kennisbank en kennissessies
- hebben geen stemrecht in de stuurgroep
- krijgen bij schaarste voorrang na de volwaardige leden

Aanmelden: brief van het college aan de stuurgroep.
Overstappen naar volwaardig lidmaatschap kan per 1 januari."""),

dict(id="d099", kind="overig", phase="algemeen",
title="Invalpool leerkrachten primair onderwijs",
summary="Regionale invalpool van schoolbesturen om lerarentekort en ziekteverzuim op te vangen.",
body="""Vijf schoolbesturen in Zuid-Drenthe hebben een gezamenlijke invalpool opgericht. Leerkrachten in de pool hebben een vast contract bij de stichting en vallen in bij ziekte of verlof op scholen van alle vijf besturen.

Afspraken
- de pool telt 22 fte
- kosten worden verdeeld naar aantal leerlingen
- invallers krijgen een vaste 'thuisschool' voor binding
- scholen melden een invalvraag via een digitaal systeem; de poolcoördinator zorgt voor een match

De gemeente ondersteunt de pool met een bijdrage uit het onderwijsachterstandenbudget."""),

dict(id="d100", kind="overig", phase="algemeen",
title="Regionale poolauto's: deelauto's voor medewerkers",
summary="Afspraken over het gebruik van elektrische poolauto's door medewerkers van vier samenwerkende gemeenten.",
body="""Medewerkers van de vier gemeenten kunnen voor dienstreizen een elektrische poolauto reserveren via de app.

- 14 auto's op vier locaties
- reserveren tot 2 weken vooruit
- laadpas in de auto
- kosten worden per gemeente verrekend op basis van gereden kilometers

Privégebruik is niet toegestaan. Schade meteen melden bij facilitaire zaken."""),
]
