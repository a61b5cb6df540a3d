package toponym

// givenNames are common first names in international news: English,
// European, Russian, Armenian, Azerbaijani, Turkish, Persian and Arabic. A
// capitalised sequence opening with one is taken for a person's name.
const givenNames = `
aaron adam adrian ahmad ahmed aidan alan albert alberto alex alexander alexandra alexei alexey ali alice
alicia alina alison amanda amy ana andrea andreas andrei andrew andrey angela angelina ann anna anne
annie anthony antonio antony anya arthur ashley barack barbara ben benjamin bernard bill bob boris
brandon brian bruce carl carlos carol caroline catherine charles charlie chris christian christina
christine christopher claire claude colin craig daniel danny darius david dean deborah denis dennis
diana diane dmitri dmitry dominic donald doug douglas dylan ed eddie edward elena elizabeth ellen
emily emma emmanuel eric erik eugene eva evan evgeny fabian felix fernando francis francisco frank
fred frederick gabriel gary george gerald gordon grace greg gregory hannah harold harry heather helen
henry hillary howard hugh ian igor irina isaac ivan jack jacob jake james jamie jane janet jason jean
jeff jeffrey jennifer jeremy jerry jessica jim joan joe joel johann john jonathan jordan jose joseph
josh joshua juan julia julian julie justin karen kate katherine kathleen keith kelly ken kenneth kevin
kim kirill klaus kristina larry laura lauren lawrence leo leonid linda lisa louis lucas luis luke
lydia margaret maria marie marina mario mark martin mary matthew maxim megan michael michel michelle
mike mikhail mohamed mohammad mohammed muhammad nancy natalia natalya nathan ned neil nicholas nick
nicolas nikolai nikolay nina noah oleg olga oliver olivia pablo pamela patricia patrick paul pavel
peter philip philippe pierre rachel ralph ray raymond rebecca richard rob robert roger ronald rose
ruslan ruth ryan sam samantha samuel sandra sarah scott sean sebastian sergei sergey sharon simon
sophie stanislav stephen steve steven stuart susan svetlana tatiana tatyana teresa thomas tim timothy
tina todd tom tony valentina valery vasily victor victoria viktor vincent vitaly vladimir vladislav
walter wayne william yana yevgeny yulia yuri zachary angela olaf rishi liz theresa jens ursula
josep heiko annalena kaja ned antony jake lloyd condoleezza hillary kamala mike
aram armen arman arsen arthur artur arayik arayk arkadi arkady aram ara ashot avet davit edmon gagik
garegin gevorg grigor hakob hayk hovhannes hrant karen levon mher narek nikol robert ruben samvel
sargis seyran serzh shushan smbat suren tigran vahagn vahe vardan zohrab anahit armine lilit mane
gohar nune siranush tatevik ararat artyom artem arsen vazgen vahram armen
zori
ilham heydar mehriban jeyhun elmar hikmet ramiz ziya novruz zakir elnur farid fuad rashad ramil anar
vugar elchin emin azer mahir kamran leyla aysel gunel sevinj nigar isa musa ilgar
recep tayyip mevlut hulusi ahmet mehmet mustafa kemal ibrahim ismail omer ozgur murat emre burak hakan
cem fatih selahattin devlet kemal binali abdullah yusuf
hassan hussein hossein javad mahmoud ebrahim mohsen ali akbar reza hamid majid saeed qassem
bashar abdel abdul khalid omar nasser salman faisal fahd walid hamad tamim hamza karim rami samir
tariq yasser ziad zaid mahmud ayman anwar
volodymyr petro dmytro oleksandr oleksiy andriy taras yulia mykola serhiy
alyaksandr alexander nursultan kassym shavkat emomali
emmanuel angela jacques francois nicolas jean charles olivier marine
`
