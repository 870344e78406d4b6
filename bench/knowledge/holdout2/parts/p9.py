DOCS = [
dict(id="d165", kind="participatieplan", phase="wup",
title="Participatieplan VvE-aanpak Assen-Centrum",
summary="Hoe eigenaren in appartementencomplexen worden betrokken bij de verduurzaming van hun gebouw, van bestuur tot ledenvergadering.",
body="""In Assen-Centrum staan 54 appartementencomplexen met een vereniging van eigenaren. Het plan beschrijft hoe we de eigenaren meenemen.

Fase 1 - bestuur
Gesprek met het VvE-bestuur of de beheerder: wat speelt er, wanneer is het volgende groot onderhoud, hoe actief is de vereniging?

Fase 2 - eigenaren informeren
Een informatieavond in of bij het complex, met een energiescan als vertrekpunt. Extra aandacht voor eigenaren die hun appartement verhuren en voor ouderen.

Fase 3 - samen een plan maken
Een werkgroep van eigenaren werkt met de VvE-adviseur een verduurzamingsplan uit dat past in het meerjarenonderhoudsplan.

Fase 4 - besluiten
Voorstel in de algemene ledenvergadering, met rekenvoorbeelden per appartement en een volmachtregeling.

Rol gemeente: VvE-adviseur (gedeelde functie via de pool), vergoeding energiescan, hulp bij financiering."""),

dict(id="d166", kind="raadsvoorstel", phase="algemeen",
title="Raadsvoorstel bijdrage regionale uitvoeringscapaciteit warmte 2027-2030",
summary="Voorstel om voor vier jaar bij te dragen aan de regionale pool volgens de nieuwe verdeelsleutel met vaste voet en betaling naar gebruik.",
body="""Voorgesteld besluit
1. In te stemmen met verlenging van de deelname aan de regionale pool warmtetransitie voor de periode 2027-2030.
2. In te stemmen met de nieuwe kostenverdeling: een vaste voet van 30% van de begroting, verdeeld naar aantal woningen, en 70% op basis van afgenomen uren.
3. Hiervoor jaarlijks 35.000 euro vaste bijdrage en een geraamd bedrag van 90.000 euro voor uren op te nemen in de begroting.

Aanleiding
De evaluatie van de eerste jaren is positief, maar liet zien dat kleine gemeenten relatief veel betaalden ten opzichte van hun gebruik. De stuurgroep heeft daarom een nieuwe verdeling van de kosten vastgesteld. Voor onze gemeente betekent dit een daling van de vaste bijdrage met 22%.

Ingebrachte uren
Medewerkers die wij detacheren naar de pool worden verrekend met onze bijdrage.

Risico's
- bij hoger gebruik stijgen de kosten; de gemeente bepaalt zelf hoeveel inzet zij vraagt
- de provinciale bijdrage na 2028 is nog niet zeker

Verantwoording: halfjaarlijks rapport per gemeente en jaarlijks een raadsinformatiebrief."""),
]
EXTRA = {
"d001": """

7. Bijlage: gevoeligheidsanalyse
Het resultaat is vooral gevoelig voor drie variabelen. Bij een deelname van 50% in plaats van 70% stijgt de onrendabele top met 2,1 miljoen euro. Bij 20% hogere aanlegkosten (huidige markt) komt er 1,7 miljoen euro bij. Een lagere elektriciteitsprijs voor de collectieve warmtepomp (bijvoorbeeld via een flexibel contract met de netbeheerder) verbetert de businesscase met 0,6 miljoen euro.

8. Bijlage: organisatie vervolgfase
Voor de volgende fase is een projectteam nodig met een projectleider (0,6 fte), een specialist warmtenetten (0,2 fte), een participatie-adviseur (0,3 fte) en juridische en financiële ondersteuning op afroep. De gemeente heeft deze capaciteit niet zelf en zal een aanvraag doen bij de regionale pool. Voor de participatie wordt de voorkeur gegeven aan iemand die de wijk kent.

9. Bijlage: vergelijking met individuele oplossingen
Voor de vrijstaande woningen aan de rand van de wijk (circa 180) is een individuele warmtepomp goedkoper dan aansluiten. Deze woningen vallen buiten het beoogde tracé. Voor de rijwoningen en flats is het warmtenet over 30 jaar gemiddeld 15% goedkoper dan all-electric, vooral door lagere isolatiekosten.""",
"d081": """

Artikel 7 Kennis en eigendom van producten
Alle documenten, analyses, sjablonen en modellen die door het flexteam worden gemaakt, zijn gezamenlijk eigendom van de partijen. Ze worden opgenomen in de gezamenlijke kennisbank en mogen door iedere partij worden gebruikt en aangepast. Bij inhuur van externe adviseurs via het flexteam wordt dit contractueel vastgelegd.

Artikel 8 Rapportage en verantwoording
Het kernteam rapporteert halfjaarlijks per gemeente over de gevraagde en geleverde inzet, de uren, de kosten en de bijdrage, inclusief de verrekening van ingebrachte uren. De rapportage is openbaar en kan aan de gemeenteraad worden aangeboden.

Artikel 9 Geassocieerde deelnemers
Gemeenten buiten de provincie of gemeenten die (nog) niet volledig willen deelnemen, kunnen geassocieerd deelnemer worden. Zij betalen per afgenomen uur met een opslag en hebben geen stemrecht.

Artikel 10 Personeel
De provincie werft en selecteert medewerkers in overleg met het kernteam. Gemeenten kunnen medewerkers detacheren naar het flexteam; hiervoor wordt de modelovereenkomst gebruikt.

Bijlage 1 Menukaart
Bijlage 2 Verdeelsleutel gemeentelijke bijdrage
Bijlage 3 Regeling urenverantwoording""",
"d093": """

Uitgebreide bevindingen per thema

Vraaggestuurdheid
Gemeenten waarderen dat de pool niet 'vanuit Assen' bepaalt wat er moet gebeuren. Wel vinden sommige contactpersonen dat de pool proactiever mag wijzen op kennis die elders al bestaat. 'Ik hoorde pas achteraf dat Emmen hetzelfde onderzoek al had', zei een respondent.

Matching
In 31 van de 38 opdrachten werd het eerste voorstel van de coördinator geaccepteerd. De zeven afwijzingen hadden vooral te maken met beschikbaarheid (te late start) en in twee gevallen met het ontbreken van lokale binding bij een opdracht met veel bewonerscontact.

Financiën en eerlijkheid
Het gevoel van eerlijkheid is belangrijk voor het draagvlak. De huidige verdeelsleutel op basis van het aantal woningen is eenvoudig, maar houdt geen rekening met gebruik. Ook is de verrekening van uren die gemeenten zelf inbrengen traag.

Legitimiteit
Raadsleden vragen om meer inzicht. De halfjaarlijkse rapportage per gemeente wordt gewaardeerd, maar komt vaak niet bij de raad terecht.

Personeel
Het verloop was 14% per jaar. Vertrekkende medewerkers gingen vooral naar adviesbureaus. Medewerkers noemen de afwisseling en het leren van veel gemeenten als grootste voordeel, en het reizen en de dubbele aansturing als nadeel.""",
"d151": """

Bijlage: kenmerken per model

Kenmerk | flexpool | expertteam | energieservicecentrum
omvang | 10-25 fte | 3-8 fte | 20-60 fte
werkgever | provincie of centrumgemeente | provincie of VNG-afdeling | gemeenschappelijke regeling of stichting
financiering | provincie + gemeenten | vooral provincie | gemeenten, vaak per inwoner
taken | proces + inhoud | inhoud | uitvoering richting inwoners
lokale binding | wisselend, afhankelijk van matching | laag | laag tot middel
kennisborging | hoog (kennisbank) | hoog | middel""",
"d094": """

Toelichting per gemeente (selectie)
- Assen: grootste afnemer met 1.410 uur, vooral voor twee wijkuitvoeringsplannen en de marktconsultatie van het warmtenet.
- Emmen: 1.290 uur; bracht zelf 460 uur in via een gedetacheerde technisch adviseur.
- Westerveld: 610 uur voor de dorpsinitiatieven en juridisch advies.
- Tynaarlo: eerste jaar als volwaardig lid, 540 uur, vooral voor het WUP Zuidlaren-Oost.
- De geassocieerde leden uit Overijssel namen samen 380 uur af.

Doorlooptijd
De gemiddelde tijd tussen aanvraag en start van de inzet daalde van 5 naar 3,5 weken, vooral door een vaste intakedag per week.

Tevredenheid
De jaarlijkse enquête onder contactpersonen gaf een gemiddeld cijfer van 7,8. Verbeterpunten: vindbaarheid van producten in de kennisbank en duidelijker facturen.""",
"d062": """

Terugkoppeling en evaluatie
Na iedere participatieronde krijgen bewoners een wijkkrant met 'u zei, wij deden'. Het participatieplan wordt na de eerste fase geëvalueerd met de klankbordgroep: zijn de juiste mensen bereikt, hoe is de opkomst per straat, welke groepen ontbreken?

Budget
- communicatie en drukwerk: 25.000 euro
- tolken en sleutelpersonen: 12.000 euro
- modelwoning (met corporatie): 18.000 euro
- bewonersbudget: 50.000 euro
- inzet participatiespecialist via de pool: 320 uur

Risico's
- participatiemoeheid: de wijk heeft al een herstructurering achter de rug
- wantrouwen richting gemeente en corporatie; daarom werken we met bekende gezichten uit de wijk""",
"d103": """

Toelichting op de raming
De raming gaat uit van de wijkvolgorde in de huidige transitievisies: circa 28.000 woningen in de regio die vóór 2035 in een wijkaanpak zitten. Per 1.000 woningen in uitvoering is volgens de kentallen gemiddeld 4 fte nodig aan projectleiding, wijkregie, ontzorging en vergunningverlening. Daarnaast is er een vaste basis per gemeente voor beleid, programmering en monitoring.

Gevoeligheid
Als gemeenten kiezen voor meer individuele oplossingen in plaats van warmtenetten, daalt de behoefte aan technische specialisten maar stijgt de behoefte aan ontzorging en energiecoaches.""",
"d027": """

Planning per kwartaal
Q1: aanbesteding collectieve inkoop, werving energiecoaches
Q2: eerste wijkactie in Eelde-Paterswolde
Q3: wijkactie Zuidlaren
Q4: wijkactie Vries en evaluatie

Budget
Totaal 1,4 miljoen euro, waarvan 0,9 miljoen voor gratis maatregelen bij lage inkomens (SPUK lokale aanpak), 0,3 miljoen voor ontzorging en energiecoaches en 0,2 miljoen voor projectleiding en communicatie.""",
"d017": """

Argumenten
1.1 Het plan is samen met bewoners gemaakt en heeft brede steun in de klankbordgroep.
1.2 Het warmtenet gebruikt restwarmte van het bedrijventerrein en een collectieve warmtepomp; de CO2-reductie is 78%.
2.1 Eigenaar-bewoners met een laag inkomen krijgen een bijdrage tot 5.000 euro in de aansluitkosten of de isolatie.
3.1 Met het warmtebedrijf zijn afspraken gemaakt over een maximale warmteprijs, in lijn met de komende regels.

Kanttekeningen
- bij minder dan 60% deelname van eigenaar-bewoners in de rijwoningen wordt het tracé aangepast
- de netbeheerder moet het net verzwaren voor de individuele warmtepompen; dit is ingepland voor 2028""",
"d160": """
De oude camera's worden via een veiling verkocht.""",
}
