DOCS = [
dict(id="d061", kind="participatieplan", phase="tvw",
title="Participatieplan Transitievisie Warmte Aa en Hunze",
summary="Hoe inwoners, dorpsbelangen en partners worden betrokken bij het opstellen van de transitievisie warmte, per fase en per doelgroep.",
body="""Ambitieniveau
Voor de TVW kiezen we op de participatieladder voor 'raadplegen' en 'adviseren'. De gemeenteraad besluit; inwoners denken mee over de uitgangspunten en de volgorde van de dorpen.

Doelgroepen
- inwoners van de 26 dorpen, via dorpsbelangen
- jongeren (online enquête via scholen)
- agrariërs en bedrijven
- woningcorporatie, netbeheerder, waterschap, energiecoöperaties

Middelen
- dorpentour: in elk dorp een avond met een kaart en een 'wensenmuur'
- online enquête en een digitale kaart waarop inwoners kansen en zorgen kunnen prikken
- klankbordgroep met 12 inwoners uit verschillende dorpen
- twee sessies met de raad (beeldvormend)

Terugkoppeling
Na elke fase een nieuwsbrief met 'wat hebben we gehoord en wat doen we ermee'.

Planning: maart tot september, 20 avonden. Bemensing: participatieadviseur uit de regionale flexpool en de eigen dorpscoördinatoren (lokale binding!)."""),

dict(id="d062", kind="participatieplan", phase="wup",
title="Participatieplan wijkuitvoeringsplan Emmerhout",
summary="Participatie-aanpak voor het WUP Emmerhout: straatgesprekken, klankbordgroep, keukentafelgesprekken en een bewonersbudget.",
body="""Uitgangspunt: in Emmerhout willen we met bewoners samen beslissen over de manier waarop de wijk van het aardgas af gaat. Het warmtenet staat als voorkeur in de TVW, maar de invulling is open.

Doelgroepen en aanpak
Huurders (62%) - samen met de corporatie en de huurdersvereniging: inloopspreekuur in de flat, huisbezoeken, een modelwoning.
Eigenaar-bewoners (38%) - straatgesprekken per blok, keukentafelgesprekken door energiecoaches, financieel advies.
Ondernemers - winkelcentrum en scholen: apart overleg.
Moeilijk bereikbare groepen - sleutelpersonen uit de gemeenschap, tolken (Arabisch, Tigrinya, Pools).

Participatiemomenten
1. Startbijeenkomst (informeren)
2. Ontwerpsessies per straat over tracé en fasering (meedenken)
3. Klankbordgroep beoordeelt het concept-WUP (adviseren)
4. Bewonersbudget van 50.000 euro voor verbetering van de openbare ruimte tijdens de werkzaamheden (meebeslissen)

Rollen: wijkregisseur (eigen gemeente, kent de wijk), participatiespecialist (flexpool), communicatieadviseur."""),

dict(id="d063", kind="overig", phase="wup",
title="Verslag bewonersavond Dalen-Oost 12 november",
summary="Verslag van een informatieavond voor bewoners over de plannen om Dalen-Oost van het aardgas af te halen.",
body="""Aanwezig: ca. 95 bewoners, wethouder, projectleider warmte, medewerkers van de corporatie en het warmtebedrijf.

Presentatie
De projectleider lichtte toe dat restwarmte van het nabijgelegen bedrijf de voorkeur heeft. Er komt een onderzoek naar de kosten per woning.

Vragen uit de zaal
- "Wat als het bedrijf failliet gaat?" Antwoord: er komt een back-up installatie.
- "Moet ik nu al iets doen?" Antwoord: nee, maar isoleren is altijd verstandig.
- "Wordt mijn rekening hoger?" Antwoord: uitgangspunt is woonlastenneutraal, maar garanties kunnen we nog niet geven.
- "Waarom wij als eerste?" Antwoord: vanwege de bron en de corporatie.

Stemming: kritisch maar betrokken. Veel mensen willen persoonlijk contact.

Afspraken
- er komt een klankbordgroep (14 aanmeldingen)
- de presentatie komt op de website
- volgende avond in maart"""),

dict(id="d064", kind="sjabloon", phase="algemeen",
title="Sjabloon communicatieplan wijkaanpak aardgasvrij",
summary="Invulbaar communicatieplan met doelen, doelgroepen, kernboodschappen, middelen en planning voor een wijkaanpak.",
body="""1. Situatie en aanleiding
2. Communicatiedoelen (kennis - houding - gedrag)
   voorbeeld: 80% van de bewoners weet eind dit jaar dat de wijk in 2030 van het gas af gaat
3. Doelgroepen en hun belangen
4. Kernboodschappen
   - we doen het samen met u
   - we nemen de tijd; niemand wordt overvallen
   - u hoeft het niet alleen uit te zoeken
5. Middelen per fase
   - informeren: brief, website, wijkkrant
   - betrekken: bewonersavond, inloop, straatgesprek
   - ontzorgen: energiecoach, loket, modelwoning
6. Woordvoering en issuemanagement
7. Planning en budget
8. Evaluatie

Tip: schrijf op B1-niveau en test teksten met bewoners."""),

dict(id="d065", kind="sjabloon", phase="algemeen",
title="Stakeholderanalyse warmtetransitie (invulmodel)",
summary="Model om belanghebbenden in kaart te brengen naar invloed en belang, met een voorbeeldinvulling voor een wijkaanpak.",
body="""Vul per partij in: belang, invloed (hoog/laag), houding (positief/neutraal/kritisch), rol in het proces en contactpersoon (functie).

Voorbeeld
Partij | belang | invloed | houding | rol
woningcorporatie | betaalbare verduurzaming bezit | hoog | positief | mede-opdrachtgever
netbeheerder | voldoende netcapaciteit | hoog | neutraal | adviseur
huurdersvereniging | woonlasten | middel | kritisch | klankbord
waterschap | bron aquathermie | middel | positief | partner
wijkvereniging | leefbaarheid | middel | neutraal | meedenker
energiecoöperatie | lokaal eigendom | laag | positief | partner

Gebruik de uitkomst om het participatieplan en het communicatieplan te maken."""),

dict(id="d066", kind="overig", phase="algemeen",
title="Regionale Energiestrategie Drenthe 2.0: hoofdstuk warmte",
summary="Samenvatting van het warmtehoofdstuk van de RES Drenthe met de regionale structuur warmte en afspraken over bronnen.",
body="""De RES Drenthe bestaat uit twee delen: duurzame elektriciteit (wind en zon) en de Regionale Structuur Warmte (RSW).

In de RSW staan:
- de warmtevraag per gemeente en het aanbod van bronnen
- bovenlokale bronnen: restwarmte in Emmen en Coevorden, aquathermie uit kanalen, geothermie-kansen
- afspraken over de verdeling van bronnen die meerdere gemeenten kunnen bedienen
- de relatie met de transitievisies warmte van de 12 gemeenten

Afspraken
- gemeenten stemmen hun TVW af op de RSW
- de provincie financiert gezamenlijk onderzoek naar bovenlokale bronnen
- er komt een regionale kennisfunctie (uitgevoerd door het Flexteam) om kennis en capaciteit te delen

Monitoring: jaarlijks via de monitor van het NP RES."""),

dict(id="d067", kind="onderzoek", phase="tvw",
title="Netcongestie en de warmtetransitie: wat betekent een vol stroomnet voor wijkkeuzes",
summary="Analyse van de gevolgen van netcongestie op midden- en laagspanning voor elektrische warmteoplossingen en collectieve warmtepompen.",
body="""Het elektriciteitsnet in grote delen van Drenthe zit vol. Dat geldt niet alleen voor grote afnemers en terugleveraars; ook in woonwijken raakt het laagspanningsnet overbelast bij grootschalige elektrificatie.

Gevolgen voor de warmtetransitie
- Collectieve warmtepompen voor een warmtenet (1-5 MW) krijgen soms pas over 5-8 jaar een aansluiting.
- In wijken met veel all-electric woningen moet het net versterkt worden; netbeheerders plannen dit per wijk, met doorlooptijden van jaren.
- Hybride warmtepompen vragen minder piekvermogen en zijn voorlopig makkelijker in te passen.

Aanbevelingen
1. Bespreek de wijkvolgorde in de TVW met de netbeheerder en stem af op hun investeringsplan.
2. Vraag voor collectieve systemen vroeg een transportindicatie aan.
3. Kies bij warmtenetten voor opslag (buffer, WKO) en slimme sturing om piekvraag te beperken.
4. Combineer netverzwaring met andere werkzaamheden in de straat.

Deze analyse is opgesteld door de energiespecialist van de regionale pool op verzoek van drie gemeenten."""),

dict(id="d068", kind="les", phase="wup",
title="Les: betrek de netbeheerder al bij de start van het wijkplan",
summary="In twee wijken moest de planning worden herzien omdat de netbeheerder pas laat werd betrokken en de capaciteit van het stroomnet onvoldoende was.",
body="""In Hoogeveen-Erflanden en Meppel-Haveltermade was het wijkplan bijna klaar toen bleek dat het elektriciteitsnet de geplande warmtepompen niet aankon. De netbeheerder kon pas in 2031 verzwaren.

Gevolg: een jaar vertraging en teleurgestelde bewoners.

Lessen
- nodig de netbeheerder uit in de projectgroep vanaf de eerste maand
- deel de aantallen woningen en het type warmteoplossing zo vroeg mogelijk
- combineer de netverzwaring met andere werk in de straat (riool, groen)
- vraag de netbeheerder om een contactpersoon per gemeente; in de regio is afgesproken dat er één aanspreekpunt voor de pool komt"""),

dict(id="d069", kind="overig", phase="algemeen",
title="Notitie van overleg met Enexis over aansluitcapaciteit warmtenetten",
summary="Korte notitie van een gesprek tussen de regionale pool en de netbeheerder over wachtlijsten en prioritering van collectieve warmtepompen.",
body="""Datum: 3 februari
Aanwezig: accountmanager gemeenten (netbeheerder), energiespecialist pool, twee projectleiders warmte.

Besproken
- de wachtlijst voor aansluitingen boven 1 MW is in de hele provincie lang
- maatschappelijke prioritering is mogelijk voor projecten met een maatschappelijk belang; warmtenetten voor bestaande woningen vallen daar onder de categorie 'duurzaamheid'
- de netbeheerder vraagt gemeenten om de planning van de WUP's jaarlijks te delen

Afspraken
- de pool levert per kwartaal een overzicht van geplande collectieve warmtepompen in de regio
- de netbeheerder geeft binnen 8 weken een eerste indicatie per project
- volgend overleg over flexibele contracten (niet-vast transportrecht)"""),

dict(id="d070", kind="overig", phase="algemeen",
title="Verduurzamen van monumenten en beschermd dorpsgezicht",
summary="Beleidsregel over wat wel en niet mag bij het isoleren en verduurzamen van monumenten en panden in beschermde gezichten.",
body="""Erfgoed en energietransitie kunnen samengaan. Deze beleidsregel geeft duidelijkheid aan eigenaren.

Zonder vergunning toegestaan (bij gemeentelijke monumenten)
- vloer- en dakisolatie aan de binnenzijde zonder zichtbare veranderingen
- voorzetramen aan de binnenzijde
- kierdichting

Met vergunning, meestal toegestaan
- monumentenglas of dun isolatieglas in bestaande kozijnen
- zonnepanelen op achterdakvlakken die niet zichtbaar zijn vanaf de openbare weg
- warmtepomp-buitenunit uit het zicht

Niet toegestaan
- isolatie aan de buitenzijde van historische gevels
- vervanging van historische kozijnen door kunststof

In het beschermd dorpsgezicht van Orvelte en Westerbork gelden aanvullende regels.
De erfgoedcommissie heeft een vast spreekuur voor vragen over duurzaamheid."""),

dict(id="d071", kind="les", phase="uitvoering",
title="Een dorpskerk van het gas af: ervaringen",
summary="Verslag van de verduurzaming van een rijksmonumentale dorpskerk met een bodemwarmtepomp en stoelverwarming.",
body="""De dorpskerk van Rolde (rijksmonument, 15e eeuw) werd verwarmd met een oude gasheater die het gebouw maar twee keer per week opwarmde. Het kerkbestuur wilde verduurzamen zonder het monument aan te tasten.

Gekozen oplossing
- stoelverwarming en kussens met elektrische verwarming (persoonsgerichte warmte)
- een kleine bodemwarmtepomp voor de basistemperatuur
- geen isolatie van muren; wel voorzetramen aan de binnenkant

Resultaat: gasverbruik naar nul, energiekosten -45%, een beter binnenklimaat voor orgel en interieur.

Lessen: vroeg overleg met de Rijksdienst voor het Cultureel Erfgoed, een bouwhistoricus erbij en een gefaseerde aanpak. De subsidie voor monumentale kerken was onmisbaar."""),

dict(id="d072", kind="overig", phase="algemeen",
title="Prestatieafspraken 2026-2029 met woningcorporaties: paragraaf duurzaamheid",
summary="Afspraken tussen gemeente, corporaties en huurdersorganisaties over verduurzaming van het corporatiebezit en de aansluiting op wijkaanpakken.",
body="""Partijen: gemeente Hoogeveen, Woonconcept, Woonservice en de huurdersorganisaties.

Afspraken duurzaamheid
1. Uiterlijk 2028 hebben de corporaties geen woningen meer met label E, F of G.
2. In de wijken uit de transitievisie warmte lopen de corporaties voorop; zij leveren per wijk een planning aan voor het wijkuitvoeringsplan.
3. Bij renovatie wordt de isolatiestandaard als uitgangspunt genomen.
4. Woonlasten: verduurzaming mag niet leiden tot hogere woonlasten voor huurders. Een huurverhoging na verduurzaming blijft binnen de verwachte energiebesparing.
5. Instemming: bij renovatieprojecten geldt de 70%-regel van het Burgerlijk Wetboek.

Monitoring: jaarlijks bod van de corporaties en een gezamenlijke voortgangsrapportage."""),

dict(id="d073", kind="les", phase="uitvoering",
title="Zeventig procent instemming huurders: hoe haal je dat",
summary="Ervaringen van een corporatie met het verkrijgen van instemming van huurders voor aansluiting op een warmtenet en renovatie.",
body="""Bij een renovatievoorstel moet minimaal 70% van de huurders instemmen. Haal je dat, dan is het voorstel redelijk voor alle huurders in het complex.

Wat hielp
- een modelwoning waarin huurders konden zien hoe de afleverset en de inductiekookplaat eruitzien
- een vaste bewonersbegeleider die elk huis twee keer bezocht
- een huurgarantie: geen huurverhoging, de energiebesparing komt helemaal ten goede aan de huurder
- een vergoeding voor de kookplaat en pannen

Wat niet hielp
- alleen brieven en een informatieavond
- te technische uitleg

Eindresultaat: 84% instemming na vier maanden."""),

dict(id="d074", kind="plan_van_aanpak", phase="uitvoering",
title="Plan van aanpak VvE's verduurzamen",
summary="Aanpak om verenigingen van eigenaren te begeleiden bij verduurzaming: inventarisatie, VvE-begeleiders en aansluiting op het meerjarenonderhoudsplan.",
body="""In onze gemeente zijn 148 verenigingen van eigenaren, samen goed voor 3.900 appartementen. Veel kleine VvE's zijn 'slapend': geen actief bestuur, geen reservering voor onderhoud.

Doel
Binnen drie jaar heeft de helft van de VvE's een verduurzamingsplan opgenomen in het meerjarenonderhoudsplan.

Stappen
1. Inventarisatie van alle VvE's (Kadaster, KvK) en hun bestuurders
2. Activeren van slapende VvE's met hulp van een VvE-beheerder
3. Een VvE-begeleider (via de pool) die het bestuur helpt met een energiescan, offertes en besluitvorming in de ledenvergadering
4. Financiering via de VvE Energiebespaarlening en de landelijke subsidie voor VvE's

Randvoorwaarde: besluitvorming in een VvE kost tijd. Reken op minstens twee ledenvergaderingen per project."""),

dict(id="d075", kind="les", phase="uitvoering",
title="Lessen: besluitvorming in de ALV van een vereniging van eigenaren",
summary="Waarom verduurzamingsvoorstellen in de algemene ledenvergadering van een VvE sneuvelen en hoe je dat voorkomt.",
body="""Uit de begeleiding van 12 VvE's door onze VvE-adviseur:

Waarom voorstellen sneuvelen
- geen actueel MJOP, dus niemand weet wat onderhoud toch al kost
- eigenaren die verhuren hebben weinig belang bij lagere energiekosten
- het voorstel komt te laat op de agenda en eigenaren voelen zich overvallen
- onduidelijkheid over de benodigde meerderheid volgens de splitsingsakte

Wat werkt
- eerst een informele bewonersbijeenkomst, dan pas stemmen
- verduurzaming koppelen aan gepland onderhoud (dak, kozijnen)
- een rekenvoorbeeld per appartement
- een volmachtregeling zodat ook afwezigen meetellen

Gemiddeld duurt het van eerste gesprek tot besluit 14 maanden."""),

dict(id="d076", kind="overig", phase="algemeen",
title="Aanpak particuliere verhuurders met slechte energielabels",
summary="Hoe de gemeente particuliere verhuurders aanspreekt op verduurzaming en wat de mogelijkheden zijn via het woningwaarderingsstelsel en de labelverplichting.",
body="""Kleine particuliere verhuurders bezitten veel woningen met een slecht label. Huurders betalen daardoor hoge energierekeningen.

Instrumenten
- informeren en ondersteunen: verhuurdersloket, SVOH, energiescan
- het woningwaarderingsstelsel beloont een beter label met meer punten en daarmee een hogere maximale huur
- vanaf 2030 landelijk: verbod op verhuur van woningen met label E, F of G (in voorbereiding)
- huurders kunnen bij de Huurcommissie terecht bij gebreken zoals vocht en tocht

Aanpak in de gemeente
1. Adresselectie: huurwoningen met label E-G buiten corporatiebezit
2. Persoonlijke brief met aanbod gratis energiescan
3. Follow-up door de accountmanager verhuurders

Resultaat na een jaar: 61 verhuurders benaderd, 23 energiescans, 9 verhuurders gestart met isolatie."""),

dict(id="d077", kind="overig", phase="algemeen",
title="Netwerkaanpak ondermijning Zuidoost-Drenthe",
summary="Regionale netwerkaanpak van gemeenten, politie en Belastingdienst tegen ondermijnende criminaliteit op bedrijventerreinen en in het buitengebied.",
body="""Ondermijnende criminaliteit, zoals drugslabs in schuren en witwassen via vastgoed, vraagt om samenwerking. Daarom werken de gemeenten in Zuidoost-Drenthe samen in een netwerkaanpak met politie, OM, Belastingdienst en het RIEC.

Onderdelen
- een gezamenlijk informatieknooppunt voor signalen
- integrale controles op bedrijventerreinen
- weerbaarheidstraining voor raadsleden en ambtenaren
- een meldpunt voor boeren die benaderd worden om schuren te verhuren

De gemeenten delen de kosten van de regionale coördinator naar inwonertal."""),

dict(id="d078", kind="overig", phase="algemeen",
title="Warme overdracht bij de overgang van jeugdhulp naar volwassenenzorg",
summary="Werkafspraken in het sociaal domein voor een warme overdracht van jongeren die 18 worden van jeugdhulp naar Wmo en andere voorzieningen.",
body="""Bij 18 jaar stopt de Jeugdwet. Veel jongeren vallen dan tussen wal en schip. Een warme overdracht voorkomt dat.

Werkafspraken
- vanaf 16,5 jaar start het gesprek over de toekomst met jongere, ouders en jeugdconsulent
- uiterlijk op 17,5 jaar is er een toekomstplan
- de Wmo-consulent sluit aan bij het laatste gesprek (de warme overdracht)
- na de overgang is er zes maanden een vast aanspreekpunt

Monitoring: het aantal jongeren met een warme overdracht wordt jaarlijks gerapporteerd aan de raad."""),

dict(id="d079", kind="overig", phase="uitvoering",
title="Zwembad De Smelt: exploitatie en tarieven 2026",
summary="Overzicht van de exploitatie van het gemeentelijke zwembad, met openingstijden, tarieven en de kosten van energie.",
body="""Openingstijden en tarieven
- banenzwemmen: ma-vr 7.00-9.00 uur, 5,20 euro
- recreatief zwemmen: woensdagmiddag en zaterdag, 6,50 euro
- zwemles: 11 euro per les

Exploitatie
De exploitatiekosten stijgen door hogere energiekosten en personeelskosten. Het tekort bedraagt 640.000 euro per jaar.

Maatregelen
- afdekken van het wedstrijdbad 's nachts
- extra zwemlessen om meer inkomsten te genereren
- onderzoek naar zonnepanelen op het dak

De raad wordt in het voorjaar gevraagd om een besluit over de toekomst van het bad."""),

dict(id="d080", kind="overig", phase="algemeen",
title="Bronnenonderzoek gemeentearchief: handleiding voor onderzoekers",
summary="Handleiding van het gemeentearchief voor historisch bronnenonderzoek naar bouwvergunningen, huizen en families.",
body="""Wilt u de geschiedenis van uw huis of familie onderzoeken? Het gemeentearchief helpt u op weg.

Welke bronnen?
- bouwvergunningen en bouwtekeningen vanaf 1901
- kadastrale gegevens (via het Kadaster)
- bevolkingsregisters 1850-1938
- notariële archieven

Werkwijze
1. Zoek in de online inventaris op adres of naam.
2. Vraag stukken op via het formulier; binnen 5 werkdagen beschikbaar in de studiezaal.
3. Kopieën en scans zijn tegen betaling.

Voor onderzoek naar monumenten werken we samen met de erfgoedadviseur."""),
]
