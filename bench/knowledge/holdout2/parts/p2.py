DOCS = [
dict(id="d021", kind="overig", phase="algemeen",
title="Factsheet hybride warmtepomp",
summary="Korte uitleg voor inwoners over de hybride warmtepomp: werking, besparing, kosten en subsidie.",
body="""Wat is een hybride warmtepomp?
Een hybride warmtepomp werkt samen met uw cv-ketel. De warmtepomp verwarmt het huis zolang het buiten niet te koud is; bij strenge kou en voor warm tapwater springt de ketel bij.

Wat levert het op?
- 40 tot 60% minder gasverbruik
- geschikt voor de meeste woningen met minimaal label D
- geen grote verbouwing nodig

Kosten
Een hybride warmtepomp kost inclusief installatie 4.000 tot 6.500 euro. Via de ISDE krijgt u een deel terug. Wie een laag inkomen heeft, kan bij het Warmtefonds een lening met 0% rente krijgen.

Let op
Vanaf 2026 gaat de landelijke norm voor nieuwe verwarmingsinstallaties in. Een hybride warmtepomp is dan de standaard bij vervanging van de cv-ketel, als de woning geschikt is."""),

dict(id="d022", kind="onderzoek", phase="tvw",
title="Volledig elektrisch verwarmen in naoorlogse rijwoningen",
summary="Onderzoek naar de benodigde isolatiemaatregelen en kosten om rijwoningen uit 1950-1975 all-electric te verwarmen met een lucht-waterwarmtepomp.",
body="""Onderzoeksvraag
Wat is nodig om een gemiddelde rijwoning uit de periode 1950-1975 volledig elektrisch te verwarmen, en wat kost dat?

Methode
Voor vijf referentiewoningen in Hoogeveen en Emmen is een maatwerkadvies opgesteld, gevolgd door een rekenmodel voor de eindgebruikerskosten over 30 jaar.

Resultaten
- Om met een lage aanvoertemperatuur (45 graden) te verwarmen moet de woning naar een warmtevraag van circa 70 kWh/m2 per jaar. Dat vraagt spouwmuur-, vloer- en dakisolatie en HR++ of triple glas.
- De kosten van het isolatiepakket bedragen 18.000 tot 32.000 euro per woning.
- De lucht-waterwarmtepomp kost 9.000 tot 14.000 euro.
- Maandlasten dalen met 20 tot 60 euro, afhankelijk van energieprijzen; de terugverdientijd is lang.
- In buurten met veel rijwoningen wordt de netcapaciteit van het laagspanningsnet een knelpunt als meer dan 40% overgaat.

Conclusie
All-electric is technisch goed mogelijk, maar alleen betaalbaar met subsidie of gunstige financiering. Voor veel rijwoningen is een hybride tussenstap verstandiger."""),

dict(id="d023", kind="les", phase="uitvoering",
title="Les: klachten over geluid van buitenunits",
summary="Ervaringen met geluidsoverlast van warmtepompen bij rijwoningen en hoe je dat voorkomt.",
body="""Na de collectieve actie in De Wijk kregen we 23 klachten over geluid van buitenunits van lucht-waterwarmtepompen. Vooral 's nachts bij vorst, als de warmtepomp op vol vermogen draait.

Wat we leerden:
- installateurs plaatsten de unit vaak op de kortste afstand tot de cv-ruimte, dus vlak bij de slaapkamer van de buren
- het Bouwbesluit (nu Bbl) stelt een grens van 40 dB(A) op de perceelgrens, maar die wordt bij rijwoningen vaak overschreden
- een stillere unit kost 300-800 euro meer, dat valt weg tegen de kosten van klachten

Advies: neem in de collectieve inkoop een maximale geluidsproductie op, laat een akoestische check doen bij rijwoningen en informeer buren vooraf."""),

dict(id="d024", kind="overig", phase="uitvoering",
title="Handreiking: warmtepomp in een monumentaal pand",
summary="Praktische handreiking voor eigenaren van rijks- en gemeentelijke monumenten die een warmtepomp willen plaatsen.",
body="""Voor een warmtepomp in of bij een monument heeft u vaak een omgevingsvergunning nodig. Deze handreiking helpt bij de voorbereiding.

Aandachtspunten
- plaats de buitenunit uit het zicht, bijvoorbeeld in de achtertuin of op een plat dak achter een borstwering
- in een monument is isoleren beperkt mogelijk; een bodemwarmtepomp met lage temperatuur werkt dan vaak niet zonder extra maatregelen. Een hybride systeem of een warmtepomp met hogere temperatuur kan een oplossing zijn
- leidingen niet door waardevolle plafonds of vloeren
- overleg vooraf met de erfgoedadviseur; een vooroverleg is gratis

Subsidie
Voor monumenten geldt naast de ISDE de mogelijkheid van de Restauratiefonds Monumentenlening Duurzaamheid."""),

dict(id="d025", kind="onderzoek", phase="algemeen",
title="Kostenvergelijking isolatiemaatregelen 2025",
summary="Overzicht van kosten, besparing en terugverdientijd van spouwmuur-, vloer-, dak- en glasisolatie op basis van offertes uit de regio.",
body="""Gemiddelde kosten per maatregel (tussenwoning, 2025, incl. btw):

Maatregel | kosten | besparing aardgas | terugverdientijd
spouwmuurisolatie | 1.800 euro | 300 m3 | 3-5 jaar
vloerisolatie | 1.900 euro | 180 m3 | 6-8 jaar
bodemisolatie (folie/chips) | 900 euro | 90 m3 | 6 jaar
dakisolatie (binnenzijde) | 4.500 euro | 250 m3 | 10-12 jaar
HR++ glas | 5.500 euro | 200 m3 | 15+ jaar
kierdichting | 350 euro | 80 m3 | 2-3 jaar

Bron: 212 offertes uit collectieve inkoopacties in Drenthe en Overijssel.

Opmerkingen
- Spouwmuurisolatie en kierdichting zijn de snelste winst.
- Bij gelijktijdig uitvoeren van meerdere maatregelen dalen de kosten met 10-15%.
- Na isolatie is goede ventilatie noodzakelijk om vocht en schimmel te voorkomen."""),

dict(id="d026", kind="overig", phase="uitvoering",
title="Ventilatie na het isoleren: wat moet je weten",
summary="Uitleg over ventilatie in goed geïsoleerde woningen: natuurlijke ventilatie, mechanische afzuiging, WTW en CO2-gestuurde systemen.",
body="""Isoleer je je woning goed, dan wordt het huis ook luchtdichter. Daardoor verdwijnt minder warmte, maar ook minder vocht en CO2. Goed ventileren is dan noodzaak.

Soorten ventilatie
- natuurlijke ventilatie: roosters boven de ramen, afvoer via kanalen
- mechanische afzuiging (systeem C): een box op zolder zuigt lucht af uit keuken, badkamer en toilet
- gebalanceerde ventilatie met warmteterugwinning (systeem D, WTW): lucht wordt mechanisch aan- en afgevoerd, de warmte uit de afvoerlucht verwarmt de verse lucht
- vraaggestuurde ventilatie: CO2-sensoren regelen de stand

Tips
- laat roosters altijd open staan
- een WTW-unit kost 3.500-6.000 euro en vraagt ruimte voor kanalen
- in bestaande rijwoningen is een CO2-gestuurd systeem C vaak de beste prijs-kwaliteit"""),

dict(id="d027", kind="plan_van_aanpak", phase="uitvoering",
title="Plan van aanpak isolatieoffensief Tynaarlo",
summary="Aanpak om in drie jaar 2.500 koopwoningen met slechte labels te laten isoleren via wijkacties, collectieve inkoop en ontzorging.",
body="""Doel: in 2025-2027 worden 2.500 koopwoningen met label E, F of G beter geïsoleerd.

Waarom
Isoleren is de eerste stap naar aardgasvrij. Het verlaagt de energierekening direct, ook als de wijk pas na 2030 van het gas af gaat. Het Nationaal Isolatieprogramma biedt middelen voor een lokale aanpak.

Aanpak
1. Wijkacties: per dorp (Zuidlaren, Eelde, Vries) een campagne met een informatiemarkt, gratis warmtescans en een 'open huis' bij buren die al geïsoleerd hebben.
2. Collectieve inkoop: via een aanbesteding selecteren we twee isolatiebedrijven met vaste prijzen.
3. Ontzorging: energiecoaches helpen bij het aanvragen van offertes en subsidie.
4. Doelgroep lage inkomens: woningen in het laagste inkomenssegment krijgen de maatregelen gratis via de SPUK-middelen.

Organisatie
- projectleider (0,6 fte) via de flexpool
- communicatieadviseur (0,2 fte) eigen organisatie
- 15 vrijwillige energiecoaches

Monitoring: aantallen maatregelen per kwartaal, tevredenheid, bereik lage inkomens."""),

dict(id="d028", kind="aanbesteding", phase="uitvoering",
title="Aanbestedingsleidraad collectieve inkoop isolatie",
summary="Meervoudig onderhandse aanbesteding voor een raamovereenkomst met isolatiebedrijven voor spouwmuur-, vloer- en bodemisolatie bij particulieren.",
body="""Opdracht: raamovereenkomst voor isolatiewerkzaamheden bij particuliere woningeigenaren in de gemeenten Tynaarlo, Aa en Hunze en Noordenveld.
Procedure: meervoudig onderhands, minimaal vier uitgenodigde partijen.
Looptijd: 2 jaar met optie tot 2 x 1 jaar verlenging.

Percelen
1. spouwmuurisolatie
2. vloer- en bodemisolatie
3. dakisolatie

Eisen
- certificering volgens BRL (KOMO of gelijkwaardig)
- vaste prijzen per m2, inclusief voorschouw
- meldpunt voor klachten en garantie van 10 jaar

Gunning: beste prijs-kwaliteitverhouding. Kwaliteit 60% (aanpak, klantcontact, duurzaam materiaal), prijs 40%.
Let op: de gemeente is geen partij in de overeenkomsten tussen bewoner en bedrijf; de raamovereenkomst regelt alleen de voorwaarden."""),

dict(id="d029", kind="les", phase="uitvoering",
title="Vocht en schimmel na na-isolatie: lessen uit de wijk",
summary="Na het isoleren van 80 corporatiewoningen ontstonden vochtproblemen. Wat ging er mis en hoe los je het op?",
body="""Een jaar na de isolatie van 80 woningen in Hoogeveen-Krakeel meldden 19 huishoudens schimmel in badkamer en slaapkamer.

Oorzaken
- ventilatieroosters werden dichtgeplakt omdat bewoners tocht voelden
- de mechanische afzuiging was niet vervangen en draaide op de laagste stand
- bewoners kregen geen uitleg over ventileren

Oplossing
De corporatie heeft alle woningen voorzien van een CO2-gestuurd ventilatiesysteem en een huisbezoek laten afleggen door een woonconsulent.

Les: isoleren en ventileren horen in één pakket. Neem de uitleg aan bewoners op in het opleveringsgesprek."""),

dict(id="d030", kind="overig", phase="uitvoering",
title="Folder: isoleer uw vloer of kruipruimte",
summary="Informatie voor inwoners over bodem- en vloerisolatie: geschiktheid, kosten en wat een bedrijf komt doen.",
body="""Een koude vloer? Dan is isolatie van uw vloer of bodem een goede en betaalbare maatregel.

Is mijn woning geschikt?
U heeft een kruipruimte van minimaal 35 cm hoog. Is de ruimte lager, dan kan bodemisolatie met schelpen of EPS-parels vaak nog wel.

Wat kost het?
Vloerisolatie kost gemiddeld 25 tot 40 euro per m2. Voor een tussenwoning is dat ongeveer 1.500 tot 2.000 euro.

Subsidie
Neemt u twee maatregelen binnen twee jaar, dan krijgt u via de ISDE ongeveer 30% vergoed.

Hulp nodig?
Een energiecoach komt gratis bij u langs."""),

dict(id="d031", kind="onderzoek", phase="algemeen",
title="Streefwaarden en isolatiestandaard: wat betekent dit voor onze woningvoorraad",
summary="Analyse van de landelijke standaard en streefwaarden voor woningisolatie, toegepast op de woningvoorraad van vier gemeenten.",
body="""De landelijke standaard en streefwaarden geven aan welk isolatieniveau een woning moet hebben om klaar te zijn voor een duurzame warmtebron. De standaard is niet verplicht, maar wordt gebruikt in subsidies en in het gesprek met corporaties.

Analyse
We hebben de energielabels en bouwjaren van 64.000 woningen in Assen, Aa en Hunze, Tynaarlo en Midden-Drenthe vergeleken met de streefwaarden.
- 38% voldoet al of ligt dichtbij (meestal bouwjaar na 1992)
- 41% kan met beperkte maatregelen (spouw, vloer, glas) voldoen
- 21% vraagt ingrijpende renovatie; dit zijn vooral vooroorlogse woningen en boerderijen

Vervolg
Richt communicatie en subsidie op de middengroep van 41%: daar is met relatief weinig geld veel te winnen. Voor de laatste groep is maatwerk nodig, vaak in combinatie met monumentenregels."""),

dict(id="d032", kind="les", phase="uitvoering",
title="Rieten daken en oude boerderijen isoleren",
summary="Korte notitie uit een kennissessie over het isoleren van boerderijen met rieten daken in het Drentse buitengebied.",
body="""Uit de kennissessie van 14 maart (flexpool, thema buitengebied):
- een rieten dak isoleer je aan de binnenzijde; de dampopen opbouw is cruciaal om rot te voorkomen
- de brandverzekering stelt eisen aan isolatiemateriaal onder riet
- veel boerderijen zijn beeldbepalend of monument; afstemming met erfgoed nodig
- de deel (voormalige stal) wordt vaak niet verwarmd; isoleer alleen het woongedeelte en maak een thermische scheiding

Contact: de bouwkundig adviseur van de pool heeft een voorbeeldbestek."""),

dict(id="d033", kind="overig", phase="algemeen",
title="Regeling geluidsisolatie woningen langs de N34",
summary="Saneringsprogramma wegverkeerslawaai: gevelisolatie voor woningen met een te hoge geluidsbelasting.",
body="""Woningen langs de N34 met een geluidsbelasting boven 65 dB komen in aanmerking voor gevelisolatie tegen verkeerslawaai.

Maatregelen
- geluidwerend glas
- geluiddempende ventilatieroosters
- kierdichting van kozijnen en deuren

De maatregelen worden uitgevoerd door een aannemer in opdracht van de provincie als wegbeheerder. Eigenaren betalen niets. Er wordt per woning een akoestisch onderzoek gedaan.

Planning: 2026-2027, 134 woningen. Bewoners krijgen een brief met de uitnodiging voor een opname."""),

dict(id="d034", kind="overig", phase="algemeen",
title="Hitteplan: zo gaan we om met warme zomers",
summary="Gemeentelijk hitteplan met maatregelen bij tropische temperaturen voor kwetsbare inwoners en de openbare ruimte.",
body="""Bij een verwachte temperatuur boven 27 graden gedurende drie dagen of meer treedt het hitteplan in werking.

Acties
- GGD en thuiszorg bellen kwetsbare ouderen
- koele plekken: bibliotheek en gemeentehuis zijn langer open
- drinkwaterpunten in het centrum
- extra water geven aan jonge bomen

Op langere termijn werken we aan hittestressvermindering in de openbare ruimte: meer groen, minder verharding. De hittekaart laat zien waar de warmste plekken in de kernen liggen."""),

dict(id="d035", kind="les", phase="uitvoering",
title="Mail-notitie: ervaringen met kierdichting door vrijwilligers",
summary="Notitie op basis van een mail van een energiecoördinator over de inzet van vrijwilligers bij het aanbrengen van tochtstrips en radiatorfolie.",
body="""Hoi allemaal,

Even de ervaringen van afgelopen winter op een rij, op verzoek van de pool-coördinator:
- 11 vrijwilligers hebben bij 340 huishoudens kleine maatregelen aangebracht: tochtstrips, radiatorfolie, brievenbusborstels, waterbesparende douchekoppen
- gemiddelde besparing volgens onze eigen schatting: 90 euro per jaar per huishouden
- de grootste winst zat niet in de spullen maar in het gesprek aan de keukentafel: 1 op de 4 huishoudens bleek recht te hebben op een toeslag of regeling die ze niet gebruikten
- een vrijwilliger kan zo'n 3 bezoeken per dagdeel doen, niet meer

Knelpunt: we hebben te weinig vrijwilligers die Arabisch of Pools spreken.

Groet, de coördinator energiehulp"""),

dict(id="d036", kind="onderzoek", phase="tvw",
title="Eindgebruikerskosten per warmteoplossing: vergelijking voor vier wijktypen",
summary="Rekenstudie naar de totale kosten voor bewoners van warmtenet, hybride warmtepomp, all-electric en groen gas voor vier typische wijken.",
body="""Vraag: welke oplossing is voor de bewoner het goedkoopst over een periode van 30 jaar?

Wijktypen
A. jaren-zeventig rijwoningen, veel huur
B. vooroorlogse stadswijk met veel particulier bezit
C. jaren-negentig vrijstaande woningen
D. dorp in het buitengebied

Uitkomsten (netto contante waarde, per woning, inclusief subsidies):
- type A: warmtenet 28.000 | all-electric 34.000 | hybride 26.000
- type B: warmtenet 31.000 | all-electric 47.000 | hybride 30.000
- type C: warmtenet 39.000 | all-electric 27.000 | hybride 28.000
- type D: warmtenet n.v.t. | all-electric 41.000 | hybride + groen gas 33.000

Kanttekening: de verschillen liggen binnen de onzekerheidsmarge. Energieprijzen en de tariefregulering onder de Wcw kunnen de uitkomst verschuiven. Gebruik deze studie als gespreksstarter, niet als besluit."""),

dict(id="d037", kind="kaart", phase="wup",
title="Kaart wijkindeling en fasering Emmen-Noord",
summary="Beschrijving van de kaart met de indeling van Emmen-Noord in deelgebieden en de volgorde waarin ze van het aardgas af gaan.",
body="""De kaart verdeelt Emmen-Noord in vijf deelgebieden:
1. Emmerhout-Oost (2026-2028): warmtenet, start met corporatieflats
2. Emmerhout-West (2027-2029): warmtenet, aansluiten particuliere rijwoningen
3. Bargeres-Noord (2029-2031): afhankelijk van bronkeuze
4. Emmermeer (na 2030): individuele warmtepompen, isoleren eerst
5. Bedrijventerrein (2028): aansluiting restwarmtebron

Lijnen op de kaart: geel = hoofdtracé warmtenet, blauw = rioolvervanging (werk met werk maken), rood gestreept = gebieden met netcongestie volgens de netbeheerder."""),

dict(id="d038", kind="overig", phase="algemeen",
title="Begrippenlijst warmtetransitie",
summary="Lijst met veelgebruikte termen en afkortingen in de warmtetransitie voor nieuwe medewerkers.",
body="""- TVW: transitievisie warmte; per gemeente, geeft de wijkvolgorde aan
- WUP: wijkuitvoeringsplan; het uitvoeringsplan per wijk
- Wcw: Wet collectieve warmte
- Wgiw: Wet gemeentelijke instrumenten warmtetransitie
- RES: regionale energiestrategie (30 regio's)
- RSW: regionale structuur warmte, onderdeel van de RES
- WKO: warmte-koudeopslag in de bodem
- TEO / TEA / TED: thermische energie uit oppervlaktewater / afvalwater / drinkwater
- ISDE: investeringssubsidie duurzame energie en energiebesparing
- SVOH: subsidieregeling verduurzaming en onderhoud huurwoningen
- SPUK: specifieke uitkering, bijvoorbeeld voor energiearmoede
- NIP: Nationaal Isolatieprogramma
- NPLW: Nationaal Programma Lokale Warmtetransitie
- VvE: vereniging van eigenaren
- WTW: warmteterugwinning
- MJOP: meerjarenonderhoudsplan"""),

dict(id="d039", kind="overig", phase="algemeen",
title="Bescherming drinkwaterbron Gasselte: gebiedsdossier",
summary="Gebiedsdossier voor het grondwaterwingebied bij Gasselte met risico's voor de drinkwaterbron en afspraken met de waterleidingmaatschappij.",
body="""Het waterwingebied bij Gasselte levert drinkwater voor circa 90.000 inwoners. In dit gebiedsdossier staan de risico's en maatregelen.

Risico's
- nitraat en bestrijdingsmiddelen uit de landbouw
- lekkage uit oude olietanks
- boringen in de bodem, waaronder bodemenergiesystemen en geothermie

Maatregelen
- in het grondwaterbeschermingsgebied geldt een verbod op bodemenergiesystemen dieper dan 10 meter
- afspraken met agrariërs over extensief beheer
- jaarlijkse monitoring door de waterleidingmaatschappij

Het dossier wordt elke zes jaar geactualiseerd door de provincie."""),

dict(id="d040", kind="les", phase="uitvoering",
title="Waterstofwijk: wat hebben we geleerd van de pilot",
summary="Evaluatie van een proef waarbij 80 woningen werden verwarmd met waterstof via het bestaande gasnet.",
body="""De pilot liep vier jaar met 80 nieuwbouw- en bestaande woningen. Het bestaande gasnet werd geschikt gemaakt voor 100% waterstof en bewoners kregen een waterstofketel.

Lessen
- technisch werkte het goed: geen storingen van betekenis, veiligheid was geborgd
- de kosten van groene waterstof waren drie tot vier keer zo hoog als aardgas; de pilot werd volledig gesubsidieerd
- bewoners waren enthousiast, vooral omdat ze weinig hoefden aan te passen in hun huis
- opschaling is niet realistisch zolang waterstof schaars is

Conclusie: waterstof kan in specifieke situaties een rol spelen, maar is geen oplossing voor de brede gebouwde omgeving. Andere gemeenten kunnen de veiligheidsdocumentatie en het communicatiemateriaal hergebruiken; ze staan in de kennisbank."""),
]
