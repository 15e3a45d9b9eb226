/**
 * Frequent words of the households' languages that sit one or two letters from a lexicon word, so
 * the typo corrector would "repair" them: German "auch" into "buch", Dutch "zijn" into "wijn",
 * Spanish "dijo" into "dito", English "manager" into "manger". Taken from the most common words of
 * each language (subtitle frequency lists): a frequent word is a word, not a typo. Words that are
 * lexicon words themselves need no entry.
 */
export const WORLD_COMMON_WORDS: readonly string[] = [
  // English
  `page public posted black prices link systems three size teen model complete legal social america write groups
  china europe golf manager simple materials brand turn european engine institute continue mind addition bush values
  lead consumer fund asian spring comes prior ready mexico basis peter rated ireland normal java assistance
  completed panel spain studio reader hands dead worth farm lord complex chief african army auction gear minister
  coverage actions oral poster zealand generally techniques dollars wait drugs entries began campaign marine manage
  failure leaders assistant fort signal alert atlanta credits hong experts shared spam zero ministry figures
  departments singles viewing connected manner enterprises convention shares trees miller layer spot americans
  optical onto licensed ideal lawyers advisor wilson euro generic peak keeping expressed sharp managers prince
  checking bond controlled starts converter rear ultra universe discounts loop raise vary push dear jane forth
  bargain blocks superior barbara blogger converted plot strike controller gardens philippines honda enhanced severe
  generate lived berlin marshall captain taste console angle worst gang casinos fellow dirty genetic everyday steven
  talks alberta inter entering dust associations diary shock phil ranking writes quest rising drum candy tiger roses
  churches defence integrity danger karen compiled wolf grounds regards barry profits grass deutsch dennis swing
  winds southeast parker corp median guns hero basics genetics coat ralph belief temp aside camps arrow goto meters
  passes robinson valve hang tracker damn arising causing mins fewer farmer heroes neutral connector basin toner
  nose broke optimal doug ranging hacker norman turbo sixth sandy tapes races luke composite lang licenses pairs
  intensity wellness discounted oliver congo lips pond dominican loads josh rally drag stuart katie asks spirits
  bias admit nano compiler eagles loud essex hiring bios chicks hung reload mono compile webster prep americas pros
  barriers genesis barrier ordinance menus watson timber dirt geek sink randy brick horn fired grammar anger tribe
  superb pharmacies coaches backed marina optics snake dies bacteria bullet floyd trance lenders deny newer donor
  manor grande lions rational deeper footage queens tattoo silly readily giants winston wang rand expires enemies
  aqua reef considers vacancies planets coupled caution markers wicked casio monte circles valued flux rage avon
  acne blocked dealt realm corners papua hint buys councils asus dressing leon institutes shine eden samba petite
  deaf deadly generous jackie sparc bras nationally johns nato washer liberia purse yang tahoe figured spine
  transmit norm scoop keno blink cdna barbie burst departmental spas morrison viking fares poison points notes vote
  sheet cells patient pink carry noted prints matches chocolate node cache venture minimal delhi arch hints terrace
  fathers terrain marco notre pages novel members hours offer commission agent multi seeking preparation speaking
  journals audit journey amended sleeping reputation steering fortune jury separation probe sells colin amend
  forming spelling periodic muscles cindy exclusion relaxation cursor windows quote patients academic marriage twin
  grace thin glance imports queue academics telephony hamburg`,
  // German
  `nicht mich dass sind dich einen nein auch hast kann aber wenn bist oder dann mein mehr keine mann geht alle diese
  euch gibt danke deine hatte dieser dein weil hallo seine vater gesehen durch diesen passiert wohl mutter meiner
  diesem lange dieses sagt leid dort hause davon geben gegen sohn seit kopf erst seid stadt warst warte deiner ende
  dinge namen dazu gute kennen mache drin name musik kerl kenne hinter lang egal tochter anders finde chance kurz
  oben eben suchen zeigen herz waffe nummer blut schuld eure lasst menge captain alte kleiner wahl licht beste lebt
  dies wollt hasse seht sinn traum vergiss monate eher herum schicken euer worte firma wert witz kamen bitten randy
  lage james leider kalt peter karte amerika homer partner computer dahin suche nase fort chef situation normal mord
  damen tony blick eigene band chloe leiche joey fernsehen tanzen tief gelassen hals weise lust genannt lisa meint
  monster spur loch verstand haut stell glas held ruft nick maschine steve statt pause danken beenden doug mami haar
  sergeant stein lord dessen mitten fisch strand nancy machten figur angetan traf daten falle gang freue reihe halb
  seien anna roger signal filme president manche welches chandler farbe natur knie charles nachts story passen jones
  langer code karen luke panik kuss interesse risiko gilt knochen streit jane sommer merken stopp schreien officer
  scheinen beendet trick lager fang song bauch willow gras desto tode teuer jerry satt chief bender wilson garten
  schien hemd mitte josh gast prozent papier maggie nette wolf flucht armen stoff films katie logan universum kochen
  kohle manager trinke maschinen landes personen china turk ritter admiral pech figuren staat regel tanz chase
  tempel teams casey gedanke trink locke crew ralph ratte beten schild fange packen studio leck greifen stimmung
  scheck prima jackie barry suppe magie hass stanley kameras sand schulde lernt habs feigling kreis alan versagt
  tolles terry melde grenzen posten kilo fieber merkt maske amen spinner lege sandy basis lese berlin leon tasse
  maya miller farm weib oliver find burt bond piloten schenken drum dale version green versaut wade reis springt
  bande albern phil tiger black katzen affe reiten prost gabe nass standen kara schick anschlag kopie indien
  deutschen blaue marshall puls null christus jobs atlantis filmen panzer golf wessen weint chip walsh rich rasse
  garage beth steuern fein stufe schuh funk freie aktion rebellen minister studiert durst feier toter safe marine
  lampe solle rund reine apparat rosen dennis anne armer parker trainiert kindes bruders sinne segen trauer schweren
  fliege faust salat woche fand richtung aller preis gleiche karten toller pfund presse kosten patient tote vermute
  teller brauchen getrunken osten beute krank kraft agent leitung freitag linie fett probe ginge untersucht warten
  stunden patienten handeln arten senden grace harten`,
  // French
  `bien vous leurs groupe fois entreprises contre chez actions reste doit milliards avant premier base bourse souvent
  fonds point grande jour place certains chiffre produit avons services situation entreprise tant selon fort grands
  type europe public grandes simple dollars personnel personne petite certaines cinq ministre cadre sens sorte cause
  conditions certain sommes gens chose haut petits domaine coup crise forte ville trouver femmes vaut hommes genre
  gros philippe presque chef payer belle version cher techniques homme papier termes certaine formule bons travers
  pense quel tient parler continue tiers social maintenant centrale pied londres pression juste tableau rapide
  condition comptes hors passage page euro relations beau vivre concept vert magasins marc machines soutien annuel
  nationale manager brut mots totale lance parties garder partout rating chance garde rares suivant salaires compter
  peur centres interne pleine lundi complexe huit ordre parcours vise types signe utilise commune films fille avions
  parc appareils code message communes bourses primes correction danger faite masse riche magasin confort investir
  sert places sncb anglais noter simples chances poser asie prennent etats mariage vaste crois normal litres argent
  amis bras salaire christian ferme centaines gand conception jones royale lecture central contacts demain experts
  venu charles lutte envie langage union courrier solde kong appareil lien clubs georges zones hong traduit discours
  domaines faites restera usine voyages locale ford menace transfert trafic humain optique peintre immobiliers peter
  remise tenter postes patrons bleu signal aider nette messages charme passent bande essentiel mardi formules
  toucher couvrir plats bases centaine grimper paysage assurances soutenir subi norme sang plantes vague purement
  soin appartient installations calme grosses trente tours fini champ monte preneur fund stocks conserve convention
  nationales capables toile mons loyers stable galerie ressort alimentaire ratio courts esprit froid revu systems
  mobistar cible pensent conclut managers transformation fins commente collections piste james tissu rues gris
  courbe associations foie expansion cylindres basse stations hainaut clause atout pilotes roger restant cera
  douceur bruit comptant trait couvert gras vols fasse coffre digne fibres internes stanley vocation wallons graves
  remonte sportif comptent johan prudent flux primaire jeter java fais berlin repos prenant douleur robe appels
  univers anne actives nationaux agir danse computer cercle dents variations chemins plainte stockage cools
  accessoires adresses golf procure fiat servent smeets couverts valent volet intention relance tester jadis bloc
  montage trouvera tournent sportifs intranet lynch center vrais vois lever paradis prince inverse convergence
  chaude poissons appartement pressions pont confier menus paient sida versements berline substance transforme tony
  logo communs magazines roses collectif relancer caisses fines paru courtier section papiers rangs maman parfums
  saine pomme reine toiles bond courir salons european claes louer issue notre celle points terrain presse voitures
  aller paiement italien italienne demi cache vote barco poche patient notes parlent pages vente jours parce ligne
  membres permis commission proche sortir coups firmes fortune journaux marcel parquet geste agent sorti maintenu
  travail juin titres windows faveur patients jardins patience`,
  // Spanish
  `bien todo algo sabes hace hasta solo decir estar gente donde dijo dinero hijo otro dije nuevo menos quien luego
  hora parte idea debo estos chica lado digo somos pues forma chico hice camino manos semana vete personas grande
  habla manera persona hago haya tomar justo cinco vivo arma meses trata tampoco sola jugar joven lejos digas
  semanas segura libro odio piensa dile grandes peter dado negro tuvo boca tuyo seas duro campo sistema ello hazlo
  modo james normal centro encanta dale pude gustan vista temo nena corre baja vuelto hablo caja hubo juro siete
  calma comprar creen ante contacto planeta base suelo broma departamento isla hagan tome simple guardia cenar
  interesa volar conocer bosque viva puso metros entrada duda pensado bomba llaves robot beber tony irte perros sepa
  vuelvo ganas londres pista escapar sube mami podido mentira bond fondo parecen traer anna nuevos correr calor
  completo bajar nick dando tanta bush caer mapa beso perdona charles vistazo bote roja paga central ponte supe
  marcha poderes bella tomado gana cura luke seguros jerry parker naturaleza quiso turno tormenta mato playa lisa
  silla steve mulder mueve cabo pecho sepas lago modos imagino marca combate americano paseo detener quedo vender
  tumba china americanos genio joey nacional guardias pocos chloe ministro dudo plata universo magia olor jane
  parado camioneta corto llego roger fortuna andar pasan cola doug coger tarea lord acto vean habia mono aseguro
  empresa firma jones leyenda muriendo frontera debiste compras sonny licencia guarda domingo crear libras alli tira
  alan cero regla superior jackie correo rara legal chino arena veas casos mina completa servicios huesos templo
  condiciones contado asistente creas comido piense aviso coma saco rumbo ruta honesto anne suave marina imaginar
  fiebre uniforme visitar mover social coge pedro miller pecado pieza cargos pagan urgente tomamos instituto joel
  pense roca gritar karen guardar tigre casarse lento reporte caza virgen quitar asco pedirle paren xena pesado
  aquiles tomes sandy estudios shaw personaje salta saint terry mandar wilson pasas acero poca terreno katie muro
  contestar razon prepara phil gano americana jedi equipos canta pozo encanto rica traidor entramos barry matas
  entrado salve maggie black metal golf personales pedirte onda recibe heather lleven greene oliver gustar vuela
  vaca kong ideal empleado empleados apolo tocado salto coches grano vais intente tono gris comen restos josh prima
  estelar usas ordenes gallina polly pecados shaun producto nancy vecino ponlo muelle hijas imagina venimos platos
  imaginas stanley merezco cantante tarjetas indica desayunar intereses molestar monje escoger andas entro medida
  neil brad gerente protege lenguaje mago sigas tomaron colegas llores hong diosa rosie traen medias angie viajes
  dolores mates miente medidas risa shock colgar figura famosa corredor aguas ralph vela pilotos norman complejo
  contiene prestado gafas watson contactos aguja trenes oido logan facil comes llegues dinos steven corten barbara
  voto reto metes monte seco green graves oyen billetes altos pasaje noche conozco perra conoce barco nota chocolate
  ciego maneras marco marcas miserable preso presa partes casas cajas caras medios pares este ellos verte viste
  llave oeste matarte robo clave pantalla camina muertes atras cindy vencido haciendo toda verlo paciente suya quede
  planta sienten moda grace heridos estando suba hoyo bodas abril estarlo bienes`,
  // Dutch
  `zijn voor mijn naar geen goed haar daar gaat eens laten niets toen weten weer twee heel wilde keer anders staat
  niks zitten wist vind helpen hele vast alle lang drie maakt hallo onder naam ooit enige zelf beste eerst hoop
  manier orde gemaakt open zoeken prima pijn eruit broer kamer heet soort ligt juist ogen dochter boven groot plek
  pakken druk snap mooie bloed wees tien schuld zult ander nummer leren fijn zeer houd erop neer stond hoort kennen
  rust haat licht president gang heer dames lucht schieten zeven langer helpt lange loop meid leek eentje trouwens
  peter vuur drugs lieve doel lijst namen welk groep schelen zover trekken raken geraakt band stem reis partner
  generaal raad regel gast james brand amerika diep raak kost computer nick planeet muur sergeant dieren tony kort
  speel jane systeem speciale groter held donker boord verlies hoge appartement collega koop glas monster basis kalm
  voet totaal breken steve dorp passen wens schoon schoot goud code fijne vieren armen ouder leiding geniet actie
  klas maan leider procent doos chef brug huid papieren verband stopt keren durf lisa ster captain nachts tanden
  anna charles type beest rijdt hielp strand rusten luke christus magie coach pond harde grens drank kies stappen
  taart films korte compleet jerry sterker duur alan kast reizen minister hoger blanke contract joey kilo phil
  mexico raden interesse papier verstand josh roger hoed besluit garage kluis manager klus jones streek kust schepen
  graf valse trok pakt verbrand karen graden stof wijs buik vrees groene marine controleer groeien franse maggie
  personeel doug pakte redt jackie ronde universum orders lord chloe materiaal donder china wolf minst parker olie
  black maag groeten nationale wandelen wassen hang model terry lege wilson zowel wijst frans constant doodt oliver
  makker touw chief slang voort merken spring storen barry lever beth katie rand amen miller helder golf anne wond
  vaste filmen marshall moge houding brein truc hout gras kamers fort dapper studio owen kopie beters trainen
  ketting wegging nicht personen rende studie kleed pols roze centrale danken verraad soep pech diane slagen rusland
  miste grenzen jess leid staart brad eventjes breek tekst patroon nancy homer steven boeten allison coma green grot
  casey connor booth logan juni dronk daad passie dennis maya dominee flinke amerikaan wade lessen premier werkten
  stukjes lust bleven pappa link schoonmaken kleuren heten robot contant katten mobiele verf vloot kleiner stanley
  oefening kwart winkelen interne raket knie kindje chip lawaai wreed euro spraken datje kooi tempel schop bond
  machtige kern randy norman barbara caesar clay stok bloeden toestel county dieper finn dollars lager firma beurs
  lage schoppen grapjes heather teams pastoor spelers zonen neil boeren christian verward indien dawson auditie dale
  scholen blank leerling complete shaw totale schild ritje plots enge sandy lente ralph kira ford boyd doorgaat
  geniaal daag stuart machines stoer gene helm leiders straling wenst doordat manny seattle therapeut xena wonderen
  winston grootte stapt huilt shock baard chase bakken contacten tumor klere reeds boeien tanks checken leon
  instinct hope toast tuig redding mietje blond tucker lening rosie groepen stoere trui economie haai watson springt
  connectie blanken systemen muis lost loser nora verbind banken rebellen liter expres fris cody angie mikey wijk
  punt neus gasten kosten kanker kanten chocolade belasting marco visioen voel noem boel kant agent lezen zingen
  klant jury lenen feite reputatie hete gokken lokken colin spoedig offer chemische vette cindy doen doet vandaan
  goeie gaten vele uren sterren veld grace moed woede stonden steunen doei planten vliegtuigen toren telefoons
  speelden harten`,
  // Tagalog and Hinglish
  `pera lang ikaw natin kaya lima pito nanay tatay lolo tito bahay inom linggo taon bigay kuch paise kiya karo karna
  gaya gayi behen kasi beta sana saka libo`,
  // Frequent words one or two letters from the item words ("reset" from "reseta", "found" from
  // "round", "worden" from "worten", "salamat" from "salawal", "mehngi" from "mehndi").
  `abandon actor adapters aires arrival arrive australian balances binding binnen border buttons cairo capitals clients
  closes composer configured counting create creates crater debts dense detects directly drawing drifting exceeded
  existing expanded expansions extends factor fetched fetches fillers fires flips framed frames frees gehalt generated
  germany gingen granted guess halbe hapon heard interval jonas jumped kamusta lacks lakhs leaking leaks listed listen
  lists liters locations locator logging manual margin matin meera mehenga mehngi mehnga mehngai merges modules
  netherlands notation pictures pieces pinaka polling pooling posting preview printed publish pumasok quantity readings
  relation reloading removed removes renaming reset resets robots rotating rounds route routes salamat savings saying
  schon seconds secrets servers serves softened sparkline sticky stray style surfaces survives talking tampered teaches
  terse thinned threw thrown throws tight transition tutorial verbs walks walls words workers making taking waking
  banking barking ballot teach reach bunch besser block blank blues wohnen tooth traces beast freeze dancer banned
  scanned yards carts causal shops chaps cases picks kicks traps drags recover flows tried trying drying crying funds
  wants grants finger singer loves halls jammer heisst hoping homing worse chosen votes winner bumper kurze laugh seeks
  leeds lines likes lives limbs listo listas locked names lanes maria marvin media tower mover happy olivia parks parade
  nasty hasty peers tears bears wears hears pearl niece pills tiles files pipes poles plans place pulls rates rogue
  found bound wound pound mound saving scare scary reason seasons spoke speak steal stuck stack swear sweats tweet
  texts highs lights fights nights rights sights verder wales western worden appel coast crown draws sends needs feeds`,
  // Places people name in an expense ("TGV Paris Lyon", "hotel in Davao")
  `lyon dresden davao pune`,
]
  .join(' ')
  .split(/\s+/)
  .filter((word) => word !== '');
