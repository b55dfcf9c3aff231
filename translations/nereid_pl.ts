<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="38"/>
        <source>Nereid: explore the runs of your machine-learning projects.</source>
        <translation>Nereid: przeglądaj przebiegi swoich projektów uczenia maszynowego.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="27"/>
        <source>Connect to the nereid-server at URL instead of a private local one.</source>
        <translation>Połącz z serwerem nereid-server pod adresem URL zamiast z prywatnym serwerem lokalnym.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="28"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="30"/>
        <source>Read the API token for --server from FILE.</source>
        <translation>Odczytaj token API dla --server z pliku PLIK.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="31"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="32"/>
        <source>Open PROJECT (workspace/project).</source>
        <translation>Otwórz PROJEKT (obszar_roboczy/projekt).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="33"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="51"/>
        <source>--server needs an http or https URL, not &quot;%1&quot;.</source>
        <translation>--server wymaga adresu URL http lub https, a nie „%1”.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="53"/>
        <source>--server needs --token-file with the API token.</source>
        <translation>--server wymaga --token-file z tokenem API.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="56"/>
        <source>--token-file goes with --server.</source>
        <translation>--token-file działa tylko razem z --server.</translation>
    </message>
</context>
<context>
    <name>BinaryPoints</name>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="48"/>
        <source>it has %1 bytes, fewer than the %2 of its header</source>
        <translation>ma %1 bajtów, mniej niż %2 bajtów nagłówka</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="51"/>
        <source>it does not start with %1</source>
        <translation>nie zaczyna się od %1</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="53"/>
        <source>it is of version %1; this program reads version %2</source>
        <translation>jest w wersji %1; ten program odczytuje wersję %2</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="56"/>
        <source>it has flags this program does not know (%1)</source>
        <translation>ma flagi nieznane temu programowi (%1)</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="62"/>
        <source>it holds %1 bytes of points where its header announces %2 points</source>
        <translation>zawiera %1 bajtów punktów, a jej nagłówek zapowiada %2 punktów</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="74"/>
        <source>its step %1 (point %2) does not follow the one before</source>
        <translation>jej krok %1 (punkt %2) nie następuje po poprzednim</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="76"/>
        <source>its point %1 has no finite timestamp</source>
        <translation>jej punkt %1 nie ma skończonego znacznika czasu</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="82"/>
        <source>its next step %1 does not follow its last point</source>
        <translation>jej następny krok %1 nie następuje po jej ostatnim punkcie</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="60"/>
        <source>The cache %1 cannot be opened.</source>
        <translation>Nie można otworzyć pamięci podręcznej %1.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="73"/>
        <location filename="../core/cache/cachedatabase.cpp" line="114"/>
        <source>The cache cannot prepare a statement.</source>
        <translation>Pamięć podręczna nie może przygotować zapytania.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="82"/>
        <location filename="../core/cache/cachedatabase.cpp" line="89"/>
        <location filename="../core/cache/cachedatabase.cpp" line="124"/>
        <source>The cache could not be read or written.</source>
        <translation>Nie udało się odczytać ani zapisać pamięci podręcznej.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="96"/>
        <source>The cache could not be read.</source>
        <translation>Nie udało się odczytać pamięci podręcznej.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="105"/>
        <source>The cache&apos;s database driver is not SQLite.</source>
        <translation>Sterownik bazy danych pamięci podręcznej nie jest sterownikiem SQLite.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="156"/>
        <source>The cache cannot start a transaction.</source>
        <translation>Pamięć podręczna nie może rozpocząć transakcji.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="164"/>
        <source>The change could not be stored in the cache.</source>
        <translation>Nie udało się zapisać zmiany w pamięci podręcznej.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="132"/>
        <location filename="../core/cache/cachedatabase.cpp" line="178"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/cache/sqlitestatement.cpp" line="18"/>
        <source>The cache is not open.</source>
        <translation>Pamięć podręczna nie jest otwarta.</translation>
    </message>
    <message>
        <location filename="../core/cache/sqlitestatement.cpp" line="109"/>
        <source>The cache could not be read (%1: %2).</source>
        <translation>Nie udało się odczytać pamięci podręcznej (%1: %2).</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <location filename="../core/cache/cacherecovery.cpp" line="22"/>
        <source>The damaged cache %1 cannot be moved aside.</source>
        <translation>Nie można przenieść uszkodzonej pamięci podręcznej %1 w inne miejsce.</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <location filename="../core/cache/cacheschema.cpp" line="91"/>
        <source>This cache was written by a newer version of Nereid (cache format %1; this version reads up to format %2). It was left untouched: use the newer Nereid, or choose another cache folder.</source>
        <translation>Tę pamięć podręczną zapisała nowsza wersja Nereid (format %1; ta wersja odczytuje formaty do %2). Pozostawiono ją bez zmian: użyj nowszej wersji Nereid lub wybierz inny folder pamięci podręcznej.</translation>
    </message>
    <message>
        <location filename="../core/cache/cacheschema.cpp" line="108"/>
        <source>The cache file is damaged (%1).</source>
        <translation>Plik pamięci podręcznej jest uszkodzony (%1).</translation>
    </message>
</context>
<context>
    <name>CommandTarget</name>
    <message>
        <location filename="../app/commandtarget.cpp" line="14"/>
        <source>the token file %1 cannot be read: %2</source>
        <translation>nie można odczytać pliku tokenu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandtarget.cpp" line="23"/>
        <source>the private server cannot start: %1</source>
        <translation>prywatny serwer nie może wystartować: %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/exporters/csvwriter.cpp" line="73"/>
        <source>%1: a %2 field (the CSV holds no files; export as jsonl or mlflow for them)</source>
        <translation>%1: pole typu %2 (CSV nie zawiera plików; aby je zachować, eksportuj jako jsonl lub mlflow)</translation>
    </message>
</context>
<context>
    <name>DashboardState</name>
    <message>
        <location filename="../views/dashboardstate.cpp" line="164"/>
        <source>The dashboard is of an unknown version.</source>
        <translation>Pulpit ma nieznaną wersję.</translation>
    </message>
    <message>
        <location filename="../views/dashboardstate.cpp" line="166"/>
        <source>The dashboard has no list of cards.</source>
        <translation>Pulpit nie ma listy kart.</translation>
    </message>
    <message>
        <location filename="../views/dashboardstate.cpp" line="177"/>
        <source>A card of the dashboard has no series path.</source>
        <translation>Karta pulpitu nie ma ścieżki serii.</translation>
    </message>
</context>
<context>
    <name>ExportBlobs</name>
    <message>
        <location filename="../core/exporters/exportblobs.cpp" line="28"/>
        <source>the folder of %1 cannot be made</source>
        <translation>nie można utworzyć folderu dla %1</translation>
    </message>
    <message>
        <location filename="../core/exporters/exportblobs.cpp" line="33"/>
        <location filename="../core/exporters/exportblobs.cpp" line="40"/>
        <location filename="../core/exporters/exportblobs.cpp" line="61"/>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/exporters/exportblobs.cpp" line="50"/>
        <source>the file %1 (blob %2) was not written: %3</source>
        <translation>nie zapisano pliku %1 (blob %2): %3</translation>
    </message>
    <message>
        <location filename="../core/exporters/exportblobs.cpp" line="54"/>
        <source>the server sent %1 byte(s) for the blob %2 of %3 byte(s), or other bytes than its SHA-256 names</source>
        <translation>serwer wysłał %1 B dla blobu %2 o rozmiarze %3 B albo inne bajty niż te, które wskazuje jego SHA-256</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/exportcommand.cpp" line="32"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 to plik, a nie folder</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="34"/>
        <source>%1 is not empty (an export writes into a new or empty folder)</source>
        <translation>%1 nie jest pusty (eksport zapisuje do nowego lub pustego folderu)</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="36"/>
        <source>the folder %1 cannot be made or written to</source>
        <translation>nie można utworzyć folderu %1 ani w nim zapisywać</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="52"/>
        <source>Exports every run of a Nereid project into a folder.</source>
        <translation>Eksportuje każdy przebieg projektu Nereid do folderu.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="54"/>
        <source>Export PROJECT (workspace/project).</source>
        <translation>Eksportuj PROJEKT (obszar/projekt).</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="55"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="56"/>
        <source>jsonl, csv or mlflow.</source>
        <translation>jsonl, csv lub mlflow.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="56"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="58"/>
        <source>Export from the nereid-server at URL instead of the private local one.</source>
        <translation>Eksportuj z nereid-server pod adresem URL zamiast z prywatnego lokalnego.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="59"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="60"/>
        <source>Read the API token for --server from FILE.</source>
        <translation>Odczytaj token API dla --server z PLIKU.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="61"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="63"/>
        <source>The export command.</source>
        <translation>Polecenie export.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="64"/>
        <source>A new or empty folder to write into.</source>
        <translation>Nowy lub pusty folder, do którego nastąpi zapis.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="75"/>
        <source>Usage: nereid export --project WORKSPACE/PROJECT --format jsonl|csv|mlflow FOLDER [--server URL --token-file FILE]
</source>
        <translation>Użycie: nereid export --project OBSZAR/PROJEKT --format jsonl|csv|mlflow FOLDER [--server URL --token-file PLIK]
</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="84"/>
        <location filename="../app/exportcommand.cpp" line="91"/>
        <location filename="../app/exportcommand.cpp" line="133"/>
        <source>nereid export: %1
</source>
        <translation>nereid export: %1
</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="104"/>
        <source>writing %1: %2 of %3 byte(s)</source>
        <translation>zapisywanie %1: %2 z %3 B</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="115"/>
        <source>%1: not exported: %2
</source>
        <translation>%1: nie wyeksportowano: %2
</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="117"/>
        <source>%1 (%2): FAILED: %3
</source>
        <translation>%1 (%2): BŁĄD: %3
</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="118"/>
        <source>exported</source>
        <translation>wyeksportowano</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="118"/>
        <source>FAILED</source>
        <translation>BŁĄD</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="120"/>
        <source>[%1/%2] %3 %4 %5</source>
        <translation>[%1/%2] %3 %4 %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exportcommand.cpp" line="127"/>
        <source>%1	%2	%3	%n point(s)
</source>
        <translation>
            <numerusform>%1	%2	%3	%n punkt
</numerusform>
            <numerusform>%1	%2	%3	%n punkty
</numerusform>
            <numerusform>%1	%2	%3	%n punktów
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="137"/>
        <source>not exported: %1 model(s) and model version(s): the %2 format holds runs only
</source>
        <translation>nie wyeksportowano modeli i wersji modeli (%1): format %2 przechowuje tylko przebiegi
</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="140"/>
        <source>%1 of %2 object(s) exported, %3 point(s) and %4 file(s) of %5 byte(s) written, %6 failed.
</source>
        <translation>Wyeksportowano obiekty: %1 z %2, zapisano punktów: %3 i plików: %4 (%5 B), błędów: %6.
</translation>
    </message>
</context>
<context>
    <name>ExportSeriesReader</name>
    <message>
        <location filename="../core/exporters/exportseriesreader.cpp" line="32"/>
        <source>%1 of %2: %3</source>
        <translation>%1 z %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <location filename="../core/exporters/exportwriter.cpp" line="30"/>
        <source>the folder of %1 cannot be made</source>
        <translation>nie można utworzyć folderu dla %1</translation>
    </message>
    <message>
        <location filename="../core/exporters/exportwriter.cpp" line="34"/>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldFormat</name>
    <message>
        <location filename="../models/fieldformat.cpp" line="71"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="71"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="96"/>
        <source>(unnamed)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="97"/>
        <source>%1 file</source>
        <comment>a file without a name: its extension</comment>
        <translation>Plik %1</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="99"/>
        <source>%1 · %2</source>
        <comment>file: name · size</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="106"/>
        <source>1 file · %1</source>
        <comment>file set: count · size</comment>
        <translation>1 plik · %1</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="107"/>
        <source>%1 files · %2</source>
        <comment>file set: count · size</comment>
        <translation>Pliki: %1 · %2</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="128"/>
        <source>(no points)</source>
        <translation>(brak punktów)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="131"/>
        <source>1 file (last: %1)</source>
        <comment>file series: count, last file</comment>
        <translation>1 plik (ostatni: %1)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="132"/>
        <source>%1 files (last: %2)</source>
        <comment>file series: count, last file</comment>
        <translation>Pliki: %1 (ostatni: %2)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="137"/>
        <source>%1 (1 point)</source>
        <comment>series: last value (point count)</comment>
        <translation>%1 (1 punkt)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="138"/>
        <source>%1 (%2 points)</source>
        <comment>series: last value (point count)</comment>
        <translation>%1 (punktów: %2)</translation>
    </message>
</context>
<context>
    <name>FieldPath</name>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="24"/>
        <source>The field path is empty.</source>
        <translation>Ścieżka pola jest pusta.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="26"/>
        <source>The field path &quot;%1&quot; is not valid Unicode.</source>
        <translation>Ścieżka pola „%1” nie jest poprawnym tekstem Unicode.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="29"/>
        <source>The field path &quot;%1…&quot; is %2 bytes long; at most %3 are allowed.</source>
        <translation>Ścieżka pola „%1…” ma długość %2 B; dozwolone jest najwyżej %3 B.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="35"/>
        <source>The field path &quot;%1&quot; contains a control character (U+%2).</source>
        <translation>Ścieżka pola „%1” zawiera znak sterujący (U+%2).</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="42"/>
        <source>The field path &quot;%1&quot; has an empty namespace or name (a leading, trailing or doubled &apos;/&apos;).</source>
        <translation>Ścieżka pola „%1” ma pustą przestrzeń nazw lub nazwę („/” na początku, na końcu lub podwójny).</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="47"/>
        <source>The field path &quot;%1&quot; has a name that starts or ends with a space: &quot;%2&quot;.</source>
        <translation>Ścieżka pola „%1” zawiera nazwę, która zaczyna się lub kończy spacją: „%2”.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="57"/>
        <source>The field path is not valid UTF-8.</source>
        <translation>Ścieżka pola nie jest poprawnym tekstem UTF-8.</translation>
    </message>
</context>
<context>
    <name>FieldRecord</name>
    <message>
        <location filename="../core/domain/fieldrecord.cpp" line="24"/>
        <source>The server sent field %1 in a form the cache cannot read: %2</source>
        <translation>Serwer przesłał pole %1 w postaci, której pamięć podręczna nie potrafi odczytać: %2</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldrecord.cpp" line="36"/>
        <source>unknown type &quot;%1&quot;.</source>
        <translation>nieznany typ „%1”.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldrecord.cpp" line="47"/>
        <source>the point count is missing.</source>
        <translation>brakuje liczby punktów.</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="45"/>
        <source>The string for %1 is %2 bytes long; at most %3 are allowed.</source>
        <translation>Ciąg znaków dla %1 ma długość %2 B; dozwolone jest najwyżej %3 B.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="69"/>
        <source>The value of the artifact %1 must be {&quot;hash&quot;, &quot;count&quot;, &quot;size&quot;}.</source>
        <translation>Wartość artefaktu %1 musi mieć postać {&quot;hash&quot;, &quot;count&quot;, &quot;size&quot;}.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="70"/>
        <source>The value of the file set %1 must be {&quot;count&quot;, &quot;size&quot;}.</source>
        <translation>Wartość zbioru plików %1 musi mieć postać {&quot;count&quot;, &quot;size&quot;}.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="88"/>
        <source>The value for %1 must be %2, not %3.</source>
        <translation>Wartość dla %1 musi być taka: %2, a nie %3.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="93"/>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="95"/>
        <source>The value for %1 must be a finite number.</source>
        <translation>Wartość dla %1 musi być liczbą skończoną.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="100"/>
        <source>an integer</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="101"/>
        <source>The integer for %1 is outside ±2^53.</source>
        <translation>Liczba całkowita dla %1 wykracza poza zakres ±2^53.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="112"/>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="116"/>
        <source>a string</source>
        <translation>ciąg znaków</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="123"/>
        <source>an ISO 8601 date and time</source>
        <translation>data i godzina w formacie ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="128"/>
        <source>an array of strings</source>
        <translation>tablica ciągów znaków</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="132"/>
        <source>Every item of %1 must be a string, not %2.</source>
        <translation>Każdy element %1 musi być ciągiem znaków, a nie %2.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="154"/>
        <source>%1 is a series: append points to it instead of assigning a value.</source>
        <translation>%1 jest serią: dołączaj do niej punkty zamiast przypisywać wartość.</translation>
    </message>
</context>
<context>
    <name>FileRef</name>
    <message>
        <location filename="../core/domain/fileref.cpp" line="41"/>
        <source>The value for %1 must be a file object (hash, size, name, extension, mime).</source>
        <translation>Wartość %1 musi być obiektem pliku (hash, size, name, extension, mime).</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="47"/>
        <source>The file of %1 needs a &quot;hash&quot; of 64 lowercase hexadecimal digits (its SHA-256).</source>
        <translation>Plik %1 wymaga pola &quot;hash&quot; z 64 małymi cyframi szesnastkowymi (jego SHA-256).</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="51"/>
        <source>The file of %1 needs a &quot;size&quot;: its byte count, an integer of at least 0.</source>
        <translation>Plik %1 wymaga pola &quot;size&quot;: liczby bajtów, liczby całkowitej nie mniejszej niż 0.</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="55"/>
        <source>The &quot;name&quot; of the file of %1 must be a string of at most %2 bytes without &quot;/&quot;.</source>
        <translation>Pole &quot;name&quot; pliku %1 musi być ciągiem znaków o długości najwyżej %2 bajtów, bez &quot;/&quot;.</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="61"/>
        <source>The &quot;extension&quot; of the file of %1 must be a string of at most %2 bytes, without &quot;/&quot; and not starting with &quot;.&quot;.</source>
        <translation>Pole &quot;extension&quot; pliku %1 musi być ciągiem znaków o długości najwyżej %2 bajtów, bez &quot;/&quot; i niezaczynającym się od &quot;.&quot;.</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="71"/>
        <source>The &quot;mime&quot; of the file of %1 must be a media type such as image/png.</source>
        <translation>Pole &quot;mime&quot; pliku %1 musi być typem nośnika, np. image/png.</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="76"/>
        <source>The &quot;description&quot; of the file of %1 must be a string of at most %2 bytes.</source>
        <translation>Pole &quot;description&quot; pliku %1 musi być ciągiem znaków o długości najwyżej %2 bajtów.</translation>
    </message>
</context>
<context>
    <name>FlatYaml</name>
    <message>
        <location filename="../core/importers/flatyaml.cpp" line="30"/>
        <source>line %1 is not a &quot;key: value&quot; line</source>
        <translation>wiersz %1 nie jest wierszem postaci „klucz: wartość”</translation>
    </message>
</context>
<context>
    <name>ImportBlobs</name>
    <message>
        <location filename="../core/importers/importblobs.cpp" line="24"/>
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/importblobs.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportClient</name>
    <message>
        <location filename="../core/importers/importclient.cpp" line="52"/>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>Serwer pod adresem %1 jest nieosiągalny: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/importclient.cpp" line="53"/>
        <source>The server refused %1 %2 (%3): %4</source>
        <translation>Serwer odrzucił %1 %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../core/importers/importclient.cpp" line="144"/>
        <source>its bytes are not the file it should be (their SHA-256 is not %1)</source>
        <translation>bajty nie są oczekiwanym plikiem (ich SHA-256 nie jest równy %1)</translation>
    </message>
    <message>
        <location filename="../core/importers/importclienttransfer.cpp" line="25"/>
        <source>the file to upload cannot be read again: %1</source>
        <translation>nie można ponownie odczytać pliku do wysłania: %1</translation>
    </message>
    <message>
        <location filename="../core/importers/importclienttransfer.cpp" line="65"/>
        <source>%1 %2 broke off: %3</source>
        <translation>żądanie %1 %2 zostało przerwane: %3</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="36"/>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="38"/>
        <source>updated</source>
        <translation>zaktualizowano</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="40"/>
        <source>skipped (imported already)</source>
        <translation>pominięto (już zaimportowany)</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="44"/>
        <source>FAILED</source>
        <translation>BŁĄD</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="57"/>
        <source>Imports runs into a Nereid project.</source>
        <translation>Importuje przebiegi do projektu Nereid.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="59"/>
        <source>Import into PROJECT (workspace/project).</source>
        <translation>Importuj do PROJEKTU (obszar/projekt).</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="60"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="62"/>
        <source>Import into the nereid-server at URL instead of the private local one.</source>
        <translation>Importuj do nereid-server pod adresem URL zamiast do prywatnego lokalnego.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="63"/>
        <location filename="../app/importcommand.cpp" line="68"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="64"/>
        <source>Read the API token for --server from FILE.</source>
        <translation>Odczytaj token API dla --server z PLIKU.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="65"/>
        <location filename="../app/importcommand.cpp" line="71"/>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="67"/>
        <source>Import from the MLflow tracking server at URL (instead of PATH).</source>
        <translation>Importuj z serwera śledzenia MLflow pod adresem URL (zamiast ze ŚCIEŻKI).</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="71"/>
        <source>Send the token in FILE to the MLflow tracking server (as MLFLOW_TRACKING_TOKEN is sent).</source>
        <translation>Wyślij token z PLIKU do serwera śledzenia MLflow (tak jak wysyłany jest MLFLOW_TRACKING_TOKEN).</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="73"/>
        <source>The import command.</source>
        <translation>Polecenie importu.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="75"/>
        <source>The kind of source: mlflow, tensorboard, neptune-queue or jsonl.</source>
        <translation>Rodzaj źródła: mlflow, tensorboard, neptune-queue lub jsonl.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="164"/>
        <source>%1: renamed: %2
</source>
        <translation>%1: zmieniono nazwę: %2
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="166"/>
        <source>%1: not imported: %2
</source>
        <translation>%1: nie zaimportowano: %2
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="168"/>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/importcommand.cpp" line="170"/>
        <source>%1: %n damaged record(s) skipped (a checksum mismatch, or no event)
</source>
        <translation>
            <numerusform>%1: pominięto %n uszkodzony rekord (niezgodna suma kontrolna lub brak zdarzenia)
</numerusform>
            <numerusform>%1: pominięto %n uszkodzone rekordy (niezgodna suma kontrolna lub brak zdarzenia)
</numerusform>
            <numerusform>%1: pominięto %n uszkodzonych rekordów (niezgodna suma kontrolna lub brak zdarzenia)
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="174"/>
        <source>%1 (%2): %3
</source>
        <translation>%1 (%2): %3
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/importcommand.cpp" line="179"/>
        <source>%1	%2	%3	%n point(s)
</source>
        <translation>
            <numerusform>%1	%2	%3	%n punkt
</numerusform>
            <numerusform>%1	%2	%3	%n punkty
</numerusform>
            <numerusform>%1	%2	%3	%n punktów
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="130"/>
        <location filename="../app/importcommand.cpp" line="136"/>
        <location filename="../app/importcommand.cpp" line="192"/>
        <source>nereid import: %1
</source>
        <translation>nereid import: %1
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="78"/>
        <source>An MLflow file store (an mlruns folder), SQL store (an SQLite mlflow.db) or tracking server (http://HOST:PORT); a TensorBoard log folder; a .neptune folder (or the folder holding it); the runs.jsonl of a `nereid export --format jsonl`.</source>
        <translation>Magazyn plikowy MLflow (folder mlruns), magazyn SQL (plik SQLite mlflow.db) lub serwer śledzenia (http://HOST:PORT); folder logów TensorBoard; folder .neptune (lub folder, który go zawiera); plik runs.jsonl z `nereid export --format jsonl`.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="98"/>
        <source>Usage: nereid import mlflow|tensorboard|neptune-queue|jsonl PATH --project WORKSPACE/PROJECT [--server URL --token-file FILE]
       nereid import mlflow --mlflow-uri URL --project WORKSPACE/PROJECT [--mlflow-token-file FILE] [--server URL --token-file FILE]
</source>
        <translation>Użycie: nereid import mlflow|tensorboard|neptune-queue|jsonl ŚCIEŻKA --project OBSZAR/PROJEKT [--server URL --token-file PLIK]
        nereid import mlflow --mlflow-uri URL --project OBSZAR/PROJEKT [--mlflow-token-file PLIK] [--server URL --token-file PLIK]
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="117"/>
        <source>nereid import: the MLflow token file %1 cannot be read: %2
</source>
        <translation>nereid import: nie można odczytać pliku tokenu MLflow %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="147"/>
        <source>uploading a file: %1 of %2 byte(s)</source>
        <translation>wysyłanie pliku: %1 z %2 B</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="177"/>
        <source>[%1/%2] %3 %4</source>
        <translation>[%1/%2] %3 %4</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="197"/>
        <source>%1 of %2 run(s) imported, %3 point(s) written, %4 failed.
</source>
        <translation>Zaimportowano przebiegi: %1 z %2, zapisano punktów: %3, błędów: %4.
</translation>
    </message>
</context>
<context>
    <name>JsonlFiles</name>
    <message>
        <location filename="../core/importers/jsonlfiles.cpp" line="88"/>
        <source>the file &quot;%1&quot; is not inside the export&apos;s folder</source>
        <translation>plik „%1” nie znajduje się w folderze eksportu</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlfiles.cpp" line="94"/>
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlfiles.cpp" line="99"/>
        <source>%1 has %2 byte(s), not the %3 its field names</source>
        <translation>%1 ma %2 B, a nie %3 B podane w jego polu</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlfiles.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JsonlImporter</name>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="69"/>
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="83"/>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="84"/>
        <source>%1, line %2 is not a JSON object: %3</source>
        <translation>%1, wiersz %2 nie jest obiektem JSON: %3</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="87"/>
        <source>another JSON value</source>
        <translation>inna wartość JSON</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="133"/>
        <source>an object of the kind &quot;%1&quot;, which Nereid does not import</source>
        <translation>obiekt rodzaju „%1”, którego Nereid nie importuje</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="192"/>
        <source>%1: the steps, values and timestamps are not of the same length</source>
        <translation>%1: kroki, wartości i znaczniki czasu mają różne długości</translation>
    </message>
</context>
<context>
    <name>JsonlModels</name>
    <message>
        <location filename="../core/importers/jsonlmodels.cpp" line="99"/>
        <source>its model %1 is not in the file before it (or could not be imported)</source>
        <translation>powiązany model %1 nie występuje w pliku wcześniej (lub nie udało się go zaimportować)</translation>
    </message>
</context>
<context>
    <name>JsonlWriter</name>
    <message>
        <location filename="../core/exporters/jsonlwriter.cpp" line="40"/>
        <location filename="../core/exporters/jsonlwriter.cpp" line="68"/>
        <location filename="../core/exporters/jsonlwriter.cpp" line="77"/>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <location filename="../app/localserver.cpp" line="41"/>
        <source>nereid-server was found neither next to nereid nor on the PATH.</source>
        <translation>Nie znaleziono programu nereid-server ani obok nereid, ani w ścieżce PATH.</translation>
    </message>
    <message>
        <location filename="../app/localserver.cpp" line="66"/>
        <source>The local nereid-server (%1) did not start: %2</source>
        <translation>Lokalny nereid-server (%1) nie uruchomił się: %2</translation>
    </message>
    <message>
        <location filename="../app/localserver.cpp" line="67"/>
        <source>it gave no address in time.</source>
        <translation>nie podał adresu na czas.</translation>
    </message>
    <message>
        <location filename="../app/localserver.cpp" line="89"/>
        <source>Cannot read the local server&apos;s token in %1: %2</source>
        <translation>Nie można odczytać tokenu lokalnego serwera z %1: %2</translation>
    </message>
</context>
<context>
    <name>MlflowArtifactFiles</name>
    <message>
        <location filename="../core/importers/mlflowartifactfiles.cpp" line="23"/>
        <source>the artifact %1 cannot be read: it is gone or no regular file</source>
        <translation>nie można odczytać artefaktu %1: zniknął lub nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowartifactfiles.cpp" line="27"/>
        <source>the artifact %1 cannot be read: %2</source>
        <translation>nie można odczytać artefaktu %1: %2</translation>
    </message>
</context>
<context>
    <name>MlflowExportMapping</name>
    <message>
        <location filename="../core/exporters/mlflowexportmapping.cpp" line="81"/>
        <source>%1: the record of an MLflow artifact (a string, not the file)</source>
        <translation>%1: zapis artefaktu MLflow (ciąg znaków, a nie plik)</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowexportmapping.cpp" line="82"/>
        <source>%1: no MLflow key can hold this path</source>
        <translation>%1: żaden klucz MLflow nie może przechować tej ścieżki</translation>
    </message>
</context>
<context>
    <name>MlflowFileStore</name>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="49"/>
        <source>%1 does not exist</source>
        <translation>%1 nie istnieje</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="69"/>
        <source>the experiment&apos;s %1: %2</source>
        <translation>plik %1 eksperymentu: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="74"/>
        <source>%1 holds no MLflow experiment (no &lt;id&gt;/meta.yaml)</source>
        <translation>%1 nie zawiera eksperymentu MLflow (brak &lt;id&gt;/meta.yaml)</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="90"/>
        <location filename="../core/importers/mlflowfilestore.cpp" line="114"/>
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="94"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 jest nieprawidłowy: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="98"/>
        <source>%1 names no run_uuid</source>
        <translation>%1 nie podaje run_uuid</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="120"/>
        <source>%1, line %2: not &quot;timestamp value step&quot;</source>
        <translation>%1, wiersz %2: to nie „znacznik_czasu wartość krok”</translation>
    </message>
</context>
<context>
    <name>MlflowJson</name>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="22"/>
        <source>%1: the field &quot;%2&quot; is not %3</source>
        <translation>%1: pole „%2” ma zły typ (oczekiwano: %3)</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="31"/>
        <source>a string</source>
        <translation>ciąg znaków</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="40"/>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="61"/>
        <source>an integer</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="75"/>
        <source>a number (or &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;)</source>
        <translation>liczba (lub „NaN”, „Infinity”, „-Infinity”)</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="85"/>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="90"/>
        <source>a list of objects</source>
        <translation>lista obiektów</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="102"/>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="113"/>
        <source>a list of {key, value} with a key</source>
        <translation>lista par {key, value} z kluczem key</translation>
    </message>
</context>
<context>
    <name>MlflowRegistryWriter</name>
    <message>
        <location filename="../core/exporters/mlflowregistrywriter.cpp" line="48"/>
        <source>%1: MLflow&apos;s registered models hold no fields</source>
        <translation>%1: zarejestrowane modele MLflow nie przechowują pól</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowregistrywriter.cpp" line="84"/>
        <source>its model was not exported</source>
        <translation>powiązany model nie został wyeksportowany</translation>
    </message>
</context>
<context>
    <name>MlflowRestApi</name>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="70"/>
        <source>The MLflow server at %1 cannot be reached (%2): %3</source>
        <translation>Serwer MLflow pod adresem %1 jest nieosiągalny (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="77"/>
        <source>The MLflow server answered %1 with HTTP %2%3</source>
        <translation>Serwer MLflow odpowiedział na %1 kodem HTTP %2%3</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="25"/>
        <source>The answer to %1 is no JSON object: is %2 an MLflow tracking server?</source>
        <translation>Odpowiedź na %1 nie jest obiektem JSON: czy %2 to serwer śledzenia MLflow?</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="98"/>
        <source>The answer to %1 has a next_page_token that is no string</source>
        <translation>Odpowiedź na %1 zawiera next_page_token, który nie jest ciągiem znaków</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="102"/>
        <source>The answer to %1 gives the same next_page_token again: the pages would never end</source>
        <translation>Odpowiedź na %1 podaje ponownie ten sam next_page_token: strony nigdy by się nie skończyły</translation>
    </message>
</context>
<context>
    <name>MlflowRestRun</name>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="45"/>
        <source>%1: the run has no run_id</source>
        <translation>%1: przebieg nie ma run_id</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="67"/>
        <source>%1. Reading stopped here: this run and the runs not read yet are left for a later import.</source>
        <translation>%1. Odczyt zatrzymano w tym miejscu: ten przebieg i przebiegi jeszcze nieodczytane zostają na późniejszy import.</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="74"/>
        <source>metrics/get-history of %1</source>
        <translation>metrics/get-history dla %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="95"/>
        <source>artifacts/list of %1</source>
        <translation>artifacts/list dla %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="105"/>
        <source>artifacts/list of %1: the path &quot;%2&quot; is not in that folder</source>
        <translation>artifacts/list dla %1: ścieżka „%2” nie znajduje się w tym folderze</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="135"/>
        <source>no temporary folder for the artifacts: %1</source>
        <translation>brak folderu tymczasowego na artefakty: %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="144"/>
        <source>artifacts/list: the path &quot;%1&quot; leaves the run&apos;s artifact folder</source>
        <translation>artifacts/list: ścieżka „%1” wychodzi poza folder artefaktów przebiegu</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="156"/>
        <source>the artifact %1 cannot be copied to %2: %3</source>
        <translation>nie można skopiować artefaktu %1 do %2: %3</translation>
    </message>
</context>
<context>
    <name>MlflowRestStore</name>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="32"/>
        <source>experiments/search at %1</source>
        <translation>experiments/search pod adresem %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="38"/>
        <source>experiments/search at %1: an experiment has no experiment_id</source>
        <translation>experiments/search pod adresem %1: eksperyment nie ma experiment_id</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="60"/>
        <source>runs/search of experiment %1</source>
        <translation>runs/search eksperymentu %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="69"/>
        <source>runs/search of experiment %1, run %2</source>
        <translation>runs/search eksperymentu %1, przebieg %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="88"/>
        <source>the runs of experiment %1 not read yet</source>
        <translation>jeszcze nieodczytane przebiegi eksperymentu %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="90"/>
        <source>%1. Reading stopped here: the runs not read yet are left for a later import.</source>
        <translation>%1. Odczyt zatrzymano w tym miejscu: przebiegi jeszcze nieodczytane zostają na późniejszy import.</translation>
    </message>
</context>
<context>
    <name>MlflowSqlStore</name>
    <message>
        <location filename="../core/importers/mlflowsqlstore.cpp" line="32"/>
        <source>%1 does not exist</source>
        <translation>%1 nie istnieje</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowsqlstore.cpp" line="43"/>
        <source>%1 cannot be opened: %2</source>
        <translation>nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowsqlstore.cpp" line="48"/>
        <location filename="../core/importers/mlflowsqlstore.cpp" line="119"/>
        <source>%1 is not an MLflow store: %2</source>
        <translation>%1 nie jest magazynem MLflow: %2</translation>
    </message>
</context>
<context>
    <name>MlflowWriter</name>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="95"/>
        <source>the folder %1 cannot be made</source>
        <translation>nie można utworzyć folderu %1</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="112"/>
        <source>a second run with the MLflow run id %1</source>
        <translation>drugi przebieg o identyfikatorze przebiegu MLflow %1</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="143"/>
        <source>%1: a string series (MLflow&apos;s metrics are numbers)</source>
        <translation>%1: seria tekstowa (metryki MLflow są liczbami)</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="144"/>
        <source>%1: no MLflow key can hold this path</source>
        <translation>%1: żaden klucz MLflow nie może przechować tej ścieżki</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="155"/>
        <source>%1: an artifact field (it records files that were never uploaded)</source>
        <translation>%1: pole artefaktu (rejestruje pliki, które nigdy nie zostały wysłane)</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="162"/>
        <source>%1: its artifact %2 would take the place of %3</source>
        <translation>%1: artefakt %2 zająłby miejsce %3</translation>
    </message>
</context>
<context>
    <name>NeptuneFile</name>
    <message>
        <location filename="../core/importers/neptunefile.cpp" line="30"/>
        <source>the file %1 cannot be read</source>
        <translation>nie można odczytać pliku %1</translation>
    </message>
</context>
<context>
    <name>NeptuneFileSet</name>
    <message>
        <location filename="../core/importers/neptunefileset.cpp" line="50"/>
        <source>the pattern %1 is no absolute path (the client writes absolute ones)</source>
        <translation>wzorzec %1 nie jest ścieżką bezwzględną (klient zapisuje ścieżki bezwzględne)</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunefileset.cpp" line="81"/>
        <source>the patterns match %1 files; a file set holds at most %2</source>
        <translation>wzorce pasują do %1 plików; zbiór plików mieści najwyżej %2</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunefileset.cpp" line="86"/>
        <source>the patterns match no file here</source>
        <translation>wzorce nie pasują tutaj do żadnego pliku</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunefileset.cpp" line="97"/>
        <source>%1: the file %2 is not imported (it cannot be read, or %3 is no field path)</source>
        <translation>%1: plik %2 nie został zaimportowany (nie można go odczytać lub %3 nie jest ścieżką pola)</translation>
    </message>
</context>
<context>
    <name>NeptuneImage</name>
    <message>
        <location filename="../core/importers/neptuneimage.cpp" line="19"/>
        <source>an image whose data is no base64</source>
        <translation>obraz, którego dane nie są w formacie base64</translation>
    </message>
    <message>
        <location filename="../core/importers/neptuneimage.cpp" line="25"/>
        <source>an image the client left out (over its size limit, or empty)</source>
        <translation>obraz pominięty przez klienta (przekracza limit rozmiaru lub jest pusty)</translation>
    </message>
</context>
<context>
    <name>NeptuneMapping</name>
    <message numerus="yes">
        <location filename="../core/importers/neptunemapping.cpp" line="52"/>
        <source>%1 (%n operation(s))</source>
        <translation>
            <numerusform>%1 (%n operacja)</numerusform>
            <numerusform>%1 (%n operacje)</numerusform>
            <numerusform>%1 (%n operacji)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/importers/neptunemapping.cpp" line="54"/>
        <source>%n point(s) not imported: their step was not above the previous step of their series, which Neptune refuses too</source>
        <translation>
            <numerusform>Nie zaimportowano %n punktu: jego krok nie był większy od poprzedniego kroku serii, czego Neptune też nie przyjmuje</numerusform>
            <numerusform>Nie zaimportowano %n punktów: ich krok nie był większy od poprzedniego kroku serii, czego Neptune też nie przyjmuje</numerusform>
            <numerusform>Nie zaimportowano %n punktów: ich krok nie był większy od poprzedniego kroku serii, czego Neptune też nie przyjmuje</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="76"/>
        <source>%1 %2 not imported: %3</source>
        <translation>%1 %2 nie zaimportowano: %3</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="102"/>
        <source>Nereid&apos;s float fields hold finite numbers</source>
        <translation>pola zmiennoprzecinkowe Nereid przechowują liczby skończone</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="106"/>
        <source>the value is no whole number within ±2^53</source>
        <translation>wartość nie jest liczbą całkowitą w zakresie ±2^53</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="108"/>
        <source>the value is no boolean</source>
        <translation>wartość nie jest wartością logiczną</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="111"/>
        <source>the value is no string</source>
        <translation>wartość nie jest ciągiem znaków</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="114"/>
        <source>the value is no time in milliseconds</source>
        <translation>wartość nie jest czasem w milisekundach</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="135"/>
        <source>Nereid&apos;s API removes no single files from a file set</source>
        <translation>API Nereid nie usuwa pojedynczych plików ze zbioru plików</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="139"/>
        <source>artifacts are not imported from queues (the queue holds the paths or URLs the client tracked, not the files)</source>
        <translation>artefakty nie są importowane z kolejek (kolejka zawiera ścieżki lub adresy URL śledzone przez klienta, a nie pliki)</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="133"/>
        <source>Nereid&apos;s float series have no minimum, maximum or unit</source>
        <translation>serie zmiennoprzecinkowe Nereid nie mają minimum, maksimum ani jednostki</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="142"/>
        <source>it copies from another Neptune run or project, which is not in the queue</source>
        <translation>kopiuje z innego przebiegu lub projektu Neptune, którego nie ma w kolejce</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="144"/>
        <source>an operation this importer does not know</source>
        <translation>operacja, której ten importer nie zna</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="180"/>
        <source>Nereid&apos;s server keeps this sys field itself</source>
        <translation>serwer Nereid sam prowadzi to pole sys</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="213"/>
        <location filename="../core/importers/neptunemapping.cpp" line="250"/>
        <source>points whose value or step is of the wrong type</source>
        <translation>punkty, których wartość lub krok ma zły typ</translation>
    </message>
</context>
<context>
    <name>NeptuneQueue</name>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="26"/>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="59"/>
        <source>%1 holds no Neptune queue (no .neptune/offline/run__* or .neptune/async/run__* folder).</source>
        <translation>%1 nie zawiera kolejki Neptune (brak folderu .neptune/offline/run__* lub .neptune/async/run__*).</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="90"/>
        <source>%1 has no data-*.log file.</source>
        <translation>%1 nie ma pliku data-*.log.</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="94"/>
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="128"/>
        <source>%1 line %2: %3</source>
        <translation>%1 wiersz %2: %3</translation>
    </message>
</context>
<context>
    <name>NeptuneQueueImporter</name>
    <message>
        <location filename="../core/importers/neptunequeueimporter.cpp" line="84"/>
        <source>the queue in %1 belongs to a Neptune %2; only runs are imported</source>
        <translation>kolejka w %1 należy do obiektu Neptune typu %2; importowane są tylko przebiegi</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/importers/neptunequeueimporter.cpp" line="92"/>
        <source>%n line(s) cut off at the end of a queue file skipped (the client was writing them)</source>
        <translation>
            <numerusform>pominięto %n wiersz ucięty na końcu pliku kolejki (klient właśnie go zapisywał)</numerusform>
            <numerusform>pominięto %n wiersze ucięte na końcu pliku kolejki (klient właśnie je zapisywał)</numerusform>
            <numerusform>pominięto %n wierszy uciętych na końcu pliku kolejki (klient właśnie je zapisywał)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeueimporter.cpp" line="99"/>
        <source>nothing in the queue waits to be sent</source>
        <translation>nic w kolejce nie czeka na wysłanie</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeueimporter.cpp" line="213"/>
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>NeptuneQueueLine</name>
    <message>
        <location filename="../core/importers/neptunequeueline.cpp" line="47"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>to nie JSON (%1 w bajcie %2)</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeueline.cpp" line="55"/>
        <source>not a queue entry (an object with &quot;obj&quot; and a whole &quot;version&quot;)</source>
        <translation>to nie wpis kolejki (obiekt z „obj” i całkowitą „version”)</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeueline.cpp" line="67"/>
        <source>not an operation (a &quot;type&quot; and a &quot;path&quot; of strings)</source>
        <translation>to nie operacja („type” i „path” jako ciągi znaków)</translation>
    </message>
</context>
<context>
    <name>PlotLegend</name>
    <message numerus="yes">
        <location filename="../views/plotlegend.cpp" line="53"/>
        <source>and %n more</source>
        <comment>plot legend: more groups</comment>
        <translation>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
            <numerusform>i %n więcej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointStore</name>
    <message>
        <location filename="../core/cache/pointstore.cpp" line="21"/>
        <source>A series point at step %1 does not follow the cached step %2.</source>
        <translation>Punkt serii w kroku %1 nie następuje po kroku %2 zapisanym w pamięci podręcznej.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../core/sync/pointspage.cpp" line="29"/>
        <source>the points of %1 cannot be read: %2.</source>
        <translation>nie można odczytać punktów %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/pointspage.cpp" line="45"/>
        <source>they are not a list of points</source>
        <translation>nie są listą punktów</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../views/problemreport.cpp" line="31"/>
        <source>standard error only</source>
        <translation>tylko standardowe wyjście błędów</translation>
    </message>
    <message>
        <location filename="../views/problemreport.cpp" line="32"/>
        <source>Nereid %1
Qt %2 (built with %3)
System: %4, %5 %6, %7
Display platform: %8
Log: %9
</source>
        <translation>Nereid %1
Qt %2 (zbudowane z %3)
System: %4, %5 %6, %7
Platforma wyświetlania: %8
Dziennik: %9
</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profilestore.cpp" line="75"/>
        <source>The API token of %1 is missing from the system keychain and from %2.</source>
        <translation>Brak tokenu API profilu %1 w systemowym pęku kluczy i w %2.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="82"/>
        <location filename="../app/profilestore.cpp" line="136"/>
        <location filename="../app/profilestore.cpp" line="150"/>
        <source>There is no profile named %1.</source>
        <translation>Nie ma profilu o nazwie %1.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="89"/>
        <source>The name %1 is taken by the built-in server.</source>
        <translation>Nazwa %1 jest zarezerwowana dla wbudowanego serwera.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="96"/>
        <source>The name %1 is too close to the profile %2.</source>
        <translation>Nazwa %1 jest zbyt podobna do profilu %2.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="105"/>
        <source>Enter the API token of %1.</source>
        <translation>Wprowadź token API profilu %1.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="131"/>
        <source>The built-in server %1 cannot be removed.</source>
        <translation>Wbudowanego serwera %1 nie można usunąć.</translation>
    </message>
</context>
<context>
    <name>ProfileTokenStore</name>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="39"/>
        <source>The token will be stored in the system keychain.</source>
        <translation>Token zostanie zapisany w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="42"/>
        <source>No system keychain is available, so the token will be kept in a file only you can read: %1</source>
        <translation>Systemowy pęk kluczy jest niedostępny, więc token zostanie zapisany w pliku, który możesz czytać tylko ty: %1</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="49"/>
        <source>The token is stored in the system keychain.</source>
        <translation>Token jest zapisany w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="50"/>
        <source>The token is stored in a file only you can read (%1).</source>
        <translation>Token jest zapisany w pliku, który możesz czytać tylko ty (%1).</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="83"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="94"/>
        <location filename="../app/profiletokenstore.cpp" line="101"/>
        <source>Cannot write the token to %1: %2</source>
        <translation>Nie można zapisać tokenu w %1: %2</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="138"/>
        <source>The system keychain keeps the token of %1: %2</source>
        <translation>Systemowy pęk kluczy nadal przechowuje token profilu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="142"/>
        <source>Cannot remove the token file %1: %2</source>
        <translation>Nie można usunąć pliku tokenu %1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectName</name>
    <message>
        <location filename="../core/domain/projectname.cpp" line="24"/>
        <source>The project name &quot;%1&quot; must have the form workspace/project.</source>
        <translation>Nazwa projektu „%1” musi mieć postać obszar_roboczy/projekt.</translation>
    </message>
    <message>
        <location filename="../core/domain/projectname.cpp" line="34"/>
        <source>&quot;%1&quot; is not a valid workspace or project name: use 1 to 50 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>„%1” nie jest poprawną nazwą obszaru roboczego ani projektu: użyj od 1 do 50 liter, cyfr, znaków „-”, „_” lub „.”, zaczynając od litery lub cyfry.</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../core/query/queryerror.cpp" line="8"/>
        <source>Expected %1 at character %2, found %3.</source>
        <translation>Na pozycji %2 oczekiwano: %1, znaleziono: %3.</translation>
    </message>
    <message>
        <location filename="../core/query/queryerror.cpp" line="14"/>
        <source>Type mismatch at character %1: %2</source>
        <translation>Niezgodność typów na pozycji %1: %2</translation>
    </message>
    <message>
        <location filename="../core/query/queryerror.cpp" line="21"/>
        <source>Unknown field at character %1: %2 is not a sys field.</source>
        <translation>Nieznane pole na pozycji %1: %2 nie jest polem sys.</translation>
    </message>
    <message>
        <location filename="../core/query/queryerror.cpp" line="27"/>
        <source>Invalid field path at character %1: %2</source>
        <translation>Nieprawidłowa ścieżka pola na pozycji %1: %2</translation>
    </message>
    <message>
        <location filename="../core/query/queryerror.cpp" line="38"/>
        <source>the end of the query</source>
        <translation>koniec zapytania</translation>
    </message>
</context>
<context>
    <name>QueryLiteral</name>
    <message>
        <location filename="../core/query/queryliteral.cpp" line="87"/>
        <source>number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../core/query/queryliteral.cpp" line="89"/>
        <source>boolean</source>
        <translation>wartość logiczna</translation>
    </message>
    <message>
        <location filename="../core/query/queryliteral.cpp" line="91"/>
        <source>datetime</source>
        <translation>data i godzina</translation>
    </message>
    <message>
        <location filename="../core/query/queryliteral.cpp" line="92"/>
        <source>string</source>
        <translation>ciąg znaków</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <location filename="../core/query/queryparser.cpp" line="73"/>
        <source>AND, OR or the end of the query</source>
        <translation>AND, OR lub koniec zapytania</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="130"/>
        <source>at most %1 nested parentheses and NOTs</source>
        <translation>najwyżej %1 zagnieżdżonych nawiasów i operatorów NOT</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="142"/>
        <source>&quot;)&quot;, AND or OR</source>
        <translation>„)”, AND lub OR</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="152"/>
        <source>a field path, NOT or &quot;(&quot;</source>
        <translation>ścieżka pola, NOT lub „(”</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="168"/>
        <source>a value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="197"/>
        <source>CONTAINS, MATCHES or EXISTS after NOT</source>
        <translation>CONTAINS, MATCHES lub EXISTS po NOT</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="198"/>
        <source>an operator (=, !=, &gt;, &gt;=, &lt;, &lt;=, CONTAINS, MATCHES, EXISTS)</source>
        <translation>operator (=, !=, &gt;, &gt;=, &lt;, &lt;=, CONTAINS, MATCHES, EXISTS)</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="213"/>
        <source>last(), min(), max(), average() or variance()</source>
        <translation>last(), min(), max(), average() lub variance()</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="222"/>
        <source>&quot;)&quot;</source>
        <translation>„)”</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="234"/>
        <source>a field path</source>
        <translation>ścieżka pola</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="251"/>
        <source>a field type (float, int, bool, string, datetime, stringSet, floatSeries, stringSeries, experimentState)</source>
        <translation>typ pola (float, int, bool, string, datetime, stringSet, floatSeries, stringSeries, experimentState)</translation>
    </message>
</context>
<context>
    <name>QueryTypeCheck</name>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="36"/>
        <source>%1 (%2) cannot be compared with %3 (%4) using %5.</source>
        <translation>Nie można porównać %1 (%2) z %3 (%4) za pomocą %5.</translation>
    </message>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="64"/>
        <source>%1() applies to float series, but %2 is a %3 field.</source>
        <translation>%1() dotyczy serii liczb zmiennoprzecinkowych, ale %2 jest polem typu %3.</translation>
    </message>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="76"/>
        <source>%1 is a %2 field, not %3.</source>
        <translation>%1 jest polem typu %2, a nie %3.</translation>
    </message>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="95"/>
        <source>a valid regular expression</source>
        <translation>poprawne wyrażenie regularne</translation>
    </message>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="113"/>
        <source>%1 compares numbers and datetimes, but %2 (for %3) is a %4.</source>
        <translation>%1 porównuje liczby oraz daty i godziny, ale %2 (dla %3) jest typu %4.</translation>
    </message>
</context>
<context>
    <name>RunChanges</name>
    <message>
        <location filename="../models/runchanges.cpp" line="57"/>
        <source>The name is longer than %1 KiB.</source>
        <translation>Nazwa jest dłuższa niż %1 KiB.</translation>
    </message>
    <message>
        <location filename="../models/runchanges.cpp" line="59"/>
        <source>The description is longer than %1 KiB.</source>
        <translation>Opis jest dłuższy niż %1 KiB.</translation>
    </message>
    <message>
        <location filename="../models/runchanges.cpp" line="62"/>
        <source>A tag cannot be empty.</source>
        <translation>Tag nie może być pusty.</translation>
    </message>
    <message>
        <location filename="../models/runchanges.cpp" line="64"/>
        <source>The tag &quot;%1…&quot; is longer than %2 KiB.</source>
        <translation>Tag „%1…” jest dłuższy niż %2 KiB.</translation>
    </message>
    <message>
        <location filename="../models/runchanges.cpp" line="70"/>
        <source>The stage &quot;%1&quot; is none of none, staging, production and archived.</source>
        <translation>Etap „%1” nie jest żadnym z: none, staging, production, archived.</translation>
    </message>
</context>
<context>
    <name>RunColorDialog</name>
    <message>
        <location filename="../views/runcolordialog.cpp" line="13"/>
        <source>Chart colour of %1</source>
        <translation>Kolor %1 na wykresach</translation>
    </message>
</context>
<context>
    <name>RunColumn</name>
    <message>
        <location filename="../models/runcolumn.cpp" line="30"/>
        <source>%1 (%2)</source>
        <comment>column title: field path (series aggregate)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RunEditCommand</name>
    <message>
        <location filename="../views/runeditcommand.cpp" line="32"/>
        <source>Trash %1</source>
        <translation>%1 do kosza</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="32"/>
        <source>Trash %1 runs</source>
        <translation>Przebiegi do kosza: %1</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="34"/>
        <source>Restore %1</source>
        <translation>Przywróć %1</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="34"/>
        <source>Restore %1 runs</source>
        <translation>Przywróć przebiegi: %1</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="36"/>
        <source>Add tag %1</source>
        <translation>Dodaj tag %1</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="38"/>
        <source>Remove tag %1</source>
        <translation>Usuń tag %1</translation>
    </message>
</context>
<context>
    <name>RunFilter</name>
    <message>
        <location filename="../models/runfilter.cpp" line="43"/>
        <source>No run has a field %1, so this searches run ids, names, descriptions and tags for the words.</source>
        <translation>Żaden przebieg nie ma pola %1, więc słów szuka się w identyfikatorach, nazwach, opisach i tagach przebiegów.</translation>
    </message>
    <message>
        <location filename="../models/runfilter.cpp" line="25"/>
        <location filename="../models/runfilter.cpp" line="47"/>
        <source>Did you mean %1?</source>
        <translation>Czy chodziło o %1?</translation>
    </message>
    <message>
        <location filename="../models/runfilter.cpp" line="51"/>
        <source>No run has %1.</source>
        <translation>Żaden przebieg nie ma pola %1.</translation>
    </message>
    <message>
        <location filename="../models/runfilter.cpp" line="52"/>
        <source>No run has %1; did you mean %2?</source>
        <translation>Żaden przebieg nie ma pola %1; czy chodziło o %2?</translation>
    </message>
    <message>
        <location filename="../models/runfilter.cpp" line="74"/>
        <source>%1 or %2</source>
        <comment>did you mean a, b or c</comment>
        <translation>%1 lub %2</translation>
    </message>
</context>
<context>
    <name>RunGroupValues</name>
    <message>
        <location filename="../models/rungroupvalues.cpp" line="68"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>RunGrouping</name>
    <message>
        <location filename="../models/rungrouping.cpp" line="33"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../models/rungrouping.cpp" line="35"/>
        <source>Max</source>
        <translation>Maks</translation>
    </message>
    <message>
        <location filename="../models/rungrouping.cpp" line="39"/>
        <source>Mean</source>
        <translation>Średnia</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <location filename="../core/domain/runrecord.cpp" line="27"/>
        <source>The server sent a run the cache cannot read: %1</source>
        <translation>Serwer przesłał przebieg, którego pamięć podręczna nie potrafi odczytać: %1</translation>
    </message>
    <message>
        <location filename="../core/domain/runrecord.cpp" line="41"/>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>„%1” nie jest identyfikatorem przebiegu.</translation>
    </message>
    <message>
        <location filename="../core/domain/runrecord.cpp" line="46"/>
        <source>&quot;%1&quot; is not the id of an object of kind &quot;%2&quot;.</source>
        <translation>„%1” nie jest identyfikatorem obiektu rodzaju „%2”.</translation>
    </message>
    <message>
        <location filename="../core/domain/runrecord.cpp" line="54"/>
        <source>run %1 has no revision or no sys fields.</source>
        <translation>przebieg %1 nie ma rewizji lub pól sys.</translation>
    </message>
</context>
<context>
    <name>RunStateName</name>
    <message>
        <location filename="../models/runstatename.cpp" line="8"/>
        <source>active</source>
        <comment>sys/state: a client is logging to the run</comment>
        <translation>aktywny</translation>
    </message>
    <message>
        <location filename="../models/runstatename.cpp" line="10"/>
        <source>inactive</source>
        <comment>sys/state: no client has been in touch for a while</comment>
        <translation>nieaktywny</translation>
    </message>
</context>
<context>
    <name>SeriesCsv</name>
    <message>
        <location filename="../core/series/seriescsv.cpp" line="82"/>
        <source>The CSV file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku CSV: %1</translation>
    </message>
    <message>
        <location filename="../core/series/seriescsv.cpp" line="121"/>
        <source>The first line is not the header &quot;%1&quot;.</source>
        <translation>Pierwszy wiersz nie jest nagłówkiem „%1”.</translation>
    </message>
    <message>
        <location filename="../core/series/seriescsv.cpp" line="133"/>
        <source>Line %1 is not &quot;%2&quot;: %3</source>
        <translation>Wiersz %1 nie ma postaci „%2”: %3</translation>
    </message>
</context>
<context>
    <name>SeriesSelection</name>
    <message>
        <location filename="../models/seriesselection.cpp" line="33"/>
        <source>%1 is not a regular expression: %2</source>
        <translation>%1 nie jest wyrażeniem regularnym: %2</translation>
    </message>
    <message>
        <location filename="../models/seriesselection.cpp" line="46"/>
        <source>No series path given.</source>
        <translation>Nie podano ścieżki serii.</translation>
    </message>
</context>
<context>
    <name>StringPointStore</name>
    <message>
        <location filename="../core/cache/stringpointstore.cpp" line="18"/>
        <source>A log line at step %1 does not follow the cached step %2.</source>
        <translation>Wiersz dziennika w kroku %1 nie następuje po kroku %2 zapisanym w pamięci podręcznej.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/apiconnection.cpp" line="106"/>
        <location filename="../core/sync/changespage.cpp" line="28"/>
        <source>it is not a JSON object.</source>
        <translation>nie jest to obiekt JSON.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="19"/>
        <source>The server at %1 did not answer in time.</source>
        <translation>Serwer pod adresem %1 nie odpowiedział na czas.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="22"/>
        <source>The server at %1 refused the connection: it may be down. Working offline.</source>
        <translation>Serwer pod adresem %1 odrzucił połączenie: być może nie działa. Praca w trybie offline.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="24"/>
        <source>The server %1 cannot be found. Working offline.</source>
        <translation>Nie można znaleźć serwera %1. Praca w trybie offline.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="26"/>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>Serwer pod adresem %1 zamknął połączenie przed udzieleniem odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="30"/>
        <source>The server at %1 cannot be reached (%2). Working offline.</source>
        <translation>Serwer pod adresem %1 jest nieosiągalny (%2). Praca w trybie offline.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="36"/>
        <source>The server no longer accepts this profile&apos;s access token (it may have been revoked). Enter a new token to sync again.</source>
        <translation>Serwer nie akceptuje już tokenu dostępu tego profilu (mógł zostać unieważniony). Wprowadź nowy token, aby znów synchronizować.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="40"/>
        <source>The server had a problem (HTTP %1).%2</source>
        <translation>Na serwerze wystąpił problem (HTTP %1).%2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="41"/>
        <source>The server refused the request (HTTP %1).%2</source>
        <translation>Serwer odrzucił żądanie (HTTP %1).%2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="62"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Nie udało się odczytać odpowiedzi serwera: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="67"/>
        <source>The answer could not be stored in the local cache: %1</source>
        <translation>Nie udało się zapisać odpowiedzi w lokalnej pamięci podręcznej: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="52"/>
        <source>Your token can only read %1: it is a read-only token.</source>
        <translation>Twój token może tylko odczytywać %1: jest to token tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="54"/>
        <source>Your token can only read %1: its user %2 has the viewer role in workspace %3, and changes need the contributor role.</source>
        <translation>Twój token może tylko odczytywać %1: jego użytkownik %2 ma w przestrzeni roboczej %3 rolę viewer, a zmiany wymagają roli contributor.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="57"/>
        <source>The server does not allow this (HTTP 403). %1</source>
        <translation>Serwer nie pozwala na to (HTTP 403). %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="81"/>
        <source>The server at %1 presented a certificate this system does not trust (SHA-256 fingerprint %2). The connection was refused.</source>
        <translation>Serwer pod adresem %1 przedstawił certyfikat, któremu ten system nie ufa (odcisk SHA-256 %2). Połączenie zostało odrzucone.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="76"/>
        <source>The server at %1 presented a different certificate (SHA-256 fingerprint %2) from the one trusted for this profile. Someone may be intercepting the connection: it was refused.</source>
        <translation>Serwer pod adresem %1 przedstawił inny certyfikat (odcisk SHA-256 %2) niż ten, któremu ufa ten profil. Ktoś może przechwytywać połączenie: zostało ono odrzucone.</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <location filename="../app/systemkeychain.cpp" line="45"/>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Systemowy pęk kluczy nie odpowiedział w ciągu %1 s.</translation>
    </message>
</context>
<context>
    <name>TensorBoardEventFile</name>
    <message>
        <location filename="../core/importers/tensorboardeventfile.cpp" line="121"/>
        <source>a histogram: Nereid has no histogram type</source>
        <translation>histogram: Nereid nie ma typu histogramu</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardeventfile.cpp" line="123"/>
        <source>audio: Nereid has no audio type</source>
        <translation>dźwięk: Nereid nie ma typu dźwięku</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardeventfile.cpp" line="126"/>
        <source>a tensor that is no scalar</source>
        <translation>tensor, który nie jest skalarem</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardeventfile.cpp" line="127"/>
        <source>data of the TensorBoard plugin %1</source>
        <translation>dane wtyczki TensorBoard %1</translation>
    </message>
</context>
<context>
    <name>TensorBoardFolder</name>
    <message>
        <location filename="../core/importers/tensorboardfolder.cpp" line="44"/>
        <source>%1 is no folder</source>
        <translation>%1 nie jest folderem</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardfolder.cpp" line="57"/>
        <source>%1 holds no TensorBoard event files (events.out.tfevents.*)</source>
        <translation>%1 nie zawiera plików zdarzeń TensorBoard (events.out.tfevents.*)</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardfolder.cpp" line="91"/>
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>Nereid cannot start</source>
        <translation>Nie można uruchomić Nereid</translation>
    </message>
</context>
<context>
    <name>nereid::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="19"/>
        <source>About Nereid</source>
        <translation>O programie Nereid</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="27"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="50"/>
        <source>&lt;p&gt;Explore, compare and annotate the runs of your machine-learning projects.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Przeglądaj, porównuj i opisuj przebiegi swoich projektów uczenia maszynowego.&lt;/p&gt;&lt;p&gt;Zbudowano z Qt %1, działa na Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="67"/>
        <source>Copyright © 2026 Nereid developers. Nereid is free software under the MIT licence: you may use, copy, change and share it, also for commercial work, as long as the copyright notice stays with it. It comes without any warranty.</source>
        <translation>Copyright © 2026 Nereid developers. Nereid jest wolnym oprogramowaniem na licencji MIT: możesz go używać, kopiować, zmieniać i udostępniać, także w pracy komercyjnej, o ile pozostanie do niego dołączona informacja o prawach autorskich. Jest dostarczany bez żadnej gwarancji.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="71"/>
        <source>Nereid uses the Qt libraries under the %1. Qt is © The Qt Company Ltd and other contributors; its source code is at %2.</source>
        <translation>Nereid korzysta z bibliotek Qt na licencji %1. Qt jest © The Qt Company Ltd i innych współtwórców; kod źródłowy jest dostępny pod adresem %2.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="77"/>
        <source>API tokens are kept in the system keychain through QtKeychain, © Frank Osterfeld and other contributors, under the %1.</source>
        <translation>Tokeny API są przechowywane w systemowym pęku kluczy za pomocą QtKeychain, © Frank Osterfeld i inni współtwórcy, na licencji %1.</translation>
    </message>
</context>
<context>
    <name>nereid::AppSession</name>
    <message>
        <location filename="../app/appsession.cpp" line="50"/>
        <source>Cannot read the token file %1: %2</source>
        <translation>Nie można odczytać pliku tokenu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="55"/>
        <source>The token file %1 is empty.</source>
        <translation>Plik tokenu %1 jest pusty.</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="80"/>
        <source>Cannot open the cache: %1</source>
        <translation>Nie można otworzyć pamięci podręcznej: %1</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="163"/>
        <location filename="../app/appsession.cpp" line="168"/>
        <source>Connect to server</source>
        <translation>Połącz z serwerem</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="169"/>
        <source>The system keychain refused the token (%1). It is stored in a file only you can read instead.</source>
        <translation>Systemowy pęk kluczy odrzucił token (%1). Zamiast tego zapisano go w pliku, który możesz czytać tylko ty.</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="187"/>
        <source>Cannot connect to %1</source>
        <translation>Nie można połączyć się z %1</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="228"/>
        <source>Looking for projects on %1…</source>
        <translation>Wyszukiwanie projektów na %1…</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="233"/>
        <source>The server has no projects yet: the welcome page shows how to log runs.</source>
        <translation>Na serwerze nie ma jeszcze projektów: strona powitalna pokazuje, jak zapisywać przebiegi.</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="255"/>
        <source>Only the projects in the cache are listed: %1</source>
        <translation>Wyświetlane są tylko projekty z pamięci podręcznej: %1</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="258"/>
        <source>Open project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="258"/>
        <source>Projects on %1:</source>
        <translation>Projekty na %1:</translation>
    </message>
    <message>
        <location filename="../app/appsessionprofiles.cpp" line="54"/>
        <location filename="../app/appsessionprofiles.cpp" line="66"/>
        <location filename="../app/appsessionprofiles.cpp" line="91"/>
        <source>Delete profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <location filename="../app/appsessionprofiles.cpp" line="72"/>
        <source>Forget certificate</source>
        <translation>Zapomnij certyfikat</translation>
    </message>
    <message>
        <location filename="../app/appsessionprofiles.cpp" line="120"/>
        <source>Edit profile</source>
        <translation>Edytuj profil</translation>
    </message>
    <message>
        <location filename="../app/appsessionprofiles.cpp" line="133"/>
        <source>Cannot delete the cache %1: %2</source>
        <translation>Nie można usunąć pamięci podręcznej %1: %2</translation>
    </message>
    <message>
        <location filename="../app/appsessioncertificates.cpp" line="56"/>
        <source>Trust certificate</source>
        <translation>Zaufaj certyfikatowi</translation>
    </message>
    <message>
        <location filename="../app/appsessionimport.cpp" line="47"/>
        <source>not imported: %1</source>
        <translation>nie zaimportowano: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appsessionimport.cpp" line="49"/>
        <source>%Ln damaged record(s) skipped</source>
        <translation>
            <numerusform>pominięto %Ln uszkodzony rekord</numerusform>
            <numerusform>pominięto %Ln uszkodzone rekordy</numerusform>
            <numerusform>pominięto %Ln uszkodzonych rekordów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nereid::BlobFetcher</name>
    <message>
        <location filename="../core/sync/blobfetcher.cpp" line="64"/>
        <source>“%1” is not a file&apos;s hash.</source>
        <translation>„%1” nie jest skrótem pliku.</translation>
    </message>
    <message>
        <location filename="../core/sync/blobfetcher.cpp" line="85"/>
        <location filename="../core/sync/blobfetcher.cpp" line="141"/>
        <source>The file cannot be written to the cache: %1</source>
        <translation>Nie można zapisać pliku w pamięci podręcznej: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/blobfetcher.cpp" line="172"/>
        <source>The file that came from the server is damaged: its SHA-256 is not %1. Try again; if it stays so, the server&apos;s copy is damaged.</source>
        <translation>Plik otrzymany z serwera jest uszkodzony: jego SHA-256 nie jest równy %1. Spróbuj ponownie; jeśli to się powtórzy, kopia na serwerze jest uszkodzona.</translation>
    </message>
</context>
<context>
    <name>nereid::Cache</name>
    <message numerus="yes">
        <location filename="../core/cache/cache.cpp" line="71"/>
        <source>%1 The damaged file was moved to %2 and the cache is being rebuilt from the server; %n unsent edit(s) were kept.</source>
        <translation>
            <numerusform>%1 Uszkodzony plik przeniesiono do %2, a pamięć podręczna jest odbudowywana z serwera; zachowano %n niewysłaną zmianę.</numerusform>
            <numerusform>%1 Uszkodzony plik przeniesiono do %2, a pamięć podręczna jest odbudowywana z serwera; zachowano %n niewysłane zmiany.</numerusform>
            <numerusform>%1 Uszkodzony plik przeniesiono do %2, a pamięć podręczna jest odbudowywana z serwera; zachowano %n niewysłanych zmian.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="86"/>
        <location filename="../core/cache/cache.cpp" line="113"/>
        <source>The cache is not open.</source>
        <translation>Pamięć podręczna nie jest otwarta.</translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="219"/>
        <source>The cache knows no series %1 in run %2.</source>
        <translation>Pamięć podręczna nie zawiera serii %1 w przebiegu %2.</translation>
    </message>
</context>
<context>
    <name>nereid::CertificateDialog</name>
    <message>
        <location filename="../views/certificatedialog.cpp" line="18"/>
        <source>Certificate changed</source>
        <translation>Certyfikat się zmienił</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="18"/>
        <source>Untrusted certificate</source>
        <translation>Niezaufany certyfikat</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="24"/>
        <source>The server at %1 presented a different certificate from the one trusted for the profile %2. Someone may be intercepting the connection, or the server&apos;s certificate was replaced. Trust the new certificate only if the server&apos;s administrator confirms its fingerprint.</source>
        <translation>Serwer pod adresem %1 przedstawił inny certyfikat niż ten, któremu ufa profil %2. Ktoś może przechwytywać połączenie albo certyfikat serwera został wymieniony. Zaufaj nowemu certyfikatowi tylko wtedy, gdy administrator serwera potwierdzi jego odcisk.</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="28"/>
        <source>The server at %1 presented a certificate this computer does not trust. If it is your team&apos;s own certificate, compare its fingerprint with the one the server&apos;s administrator gives you, then trust it for the profile %2 only.</source>
        <translation>Serwer pod adresem %1 przedstawił certyfikat, któremu ten komputer nie ufa. Jeśli to własny certyfikat Twojego zespołu, porównaj jego odcisk z tym, który poda Ci administrator serwera, a potem zaufaj mu tylko dla profilu %2.</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="35"/>
        <source>Issued to:</source>
        <translation>Wystawiony dla:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="38"/>
        <source>Names:</source>
        <translation>Nazwy:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="40"/>
        <source>Issued by:</source>
        <translation>Wystawiony przez:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="41"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (z podpisem własnym)</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="43"/>
        <source>Valid from:</source>
        <translation>Ważny od:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="45"/>
        <source>Valid until:</source>
        <translation>Ważny do:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="47"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Odcisk SHA-256:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="55"/>
        <source>This certificate is not valid at this time.</source>
        <translation>Ten certyfikat nie jest obecnie ważny.</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="62"/>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Zaufaj nowemu certyfikatowi</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="62"/>
        <source>&amp;Trust for %1</source>
        <translation>&amp;Zaufaj dla %1</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="66"/>
        <source>&amp;Do not trust</source>
        <translation>&amp;Nie ufaj</translation>
    </message>
</context>
<context>
    <name>nereid::ChartArea</name>
    <message>
        <location filename="../views/chartarea.cpp" line="27"/>
        <source>&amp;Auto charts</source>
        <translation>&amp;Automatyczne wykresy</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="30"/>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="37"/>
        <source>Add chart…</source>
        <translation>Dodaj wykres…</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="38"/>
        <source>Chart a series of the selected runs (or double-click a series in the run&apos;s fields)</source>
        <translation>Pokaż na wykresie serię zaznaczonych przebiegów (lub kliknij dwukrotnie serię w polach przebiegu)</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="41"/>
        <source>A chart for every float series of the shown runs, in sections by namespace</source>
        <translation>Wykres dla każdej serii float pokazanych przebiegów, w sekcjach według przestrzeni nazw</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="46"/>
        <source>Sectio&amp;ns</source>
        <translation>Sekcj&amp;e</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="47"/>
        <source>Show or fold the dashboard&apos;s sections</source>
        <translation>Pokaż lub zwiń sekcje pulpitu</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="52"/>
        <source>Charts side by side</source>
        <translation>Wykresy obok siebie</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="53"/>
        <source>C&amp;olumns:</source>
        <translation>K&amp;olumny:</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="58"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="60"/>
        <source>The height of the charts (drag below a chart to size it alone)</source>
        <translation>Wysokość wykresów (przeciągnij pod wykresem, aby zmienić tylko jego rozmiar)</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="61"/>
        <source>Hei&amp;ght:</source>
        <translation>Wy&amp;sokość:</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="63"/>
        <source>No charts yet: add one with &quot;Add chart…&quot;, double-click a series of a run, or turn on &quot;Auto charts&quot;.</source>
        <translation>Brak wykresów: dodaj wykres przez „Dodaj wykres…”, kliknij dwukrotnie serię przebiegu lub włącz „Automatyczne wykresy”.</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="296"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Rozwiń wszystkie</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="302"/>
        <source>&amp;Collapse all</source>
        <translation>&amp;Zwiń wszystkie</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="311"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>nereid::ChartAxes</name>
    <message>
        <location filename="../views/chartaxes.cpp" line="64"/>
        <source>time</source>
        <translation>czas</translation>
    </message>
    <message>
        <location filename="../views/chartaxes.cpp" line="73"/>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <location filename="../views/chartaxes.cpp" line="73"/>
        <source>seconds since the run&apos;s first point</source>
        <translation>sekundy od pierwszego punktu przebiegu</translation>
    </message>
</context>
<context>
    <name>nereid::ChartCsvExport</name>
    <message>
        <location filename="../models/chartcsvexport.cpp" line="41"/>
        <source>The points in view are not in the cache, and there is no server to download them from.</source>
        <translation>Widocznych punktów nie ma w pamięci podręcznej i nie ma serwera, z którego można je pobrać.</translation>
    </message>
    <message>
        <location filename="../models/chartcsvexport.cpp" line="87"/>
        <source>The points of %1 in run %2 could not be downloaded: %3</source>
        <translation>Nie udało się pobrać punktów %1 w przebiegu %2: %3</translation>
    </message>
    <message>
        <location filename="../models/chartcsvexport.cpp" line="109"/>
        <location filename="../models/chartcsvexport.cpp" line="113"/>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>nereid::ChartFetchPlan</name>
    <message>
        <location filename="../models/chartfetchplan.cpp" line="177"/>
        <source>The points of %1 in run %2 could not be fetched: %3</source>
        <translation>Nie udało się pobrać punktów %1 w przebiegu %2: %3</translation>
    </message>
</context>
<context>
    <name>nereid::ChartHoverTip</name>
    <message numerus="yes">
        <location filename="../views/charthovertip.cpp" line="46"/>
        <source>… %n more above</source>
        <translation>
            <numerusform>… jeszcze %n przebieg powyżej</numerusform>
            <numerusform>… jeszcze %n przebiegi powyżej</numerusform>
            <numerusform>… jeszcze %n przebiegów powyżej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/charthovertip.cpp" line="58"/>
        <source>… %n more below</source>
        <translation>
            <numerusform>… jeszcze %n przebieg poniżej</numerusform>
            <numerusform>… jeszcze %n przebiegi poniżej</numerusform>
            <numerusform>… jeszcze %n przebiegów poniżej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nereid::ChartLegendList</name>
    <message>
        <location filename="../views/chartlegendlist.cpp" line="40"/>
        <source>Search runs</source>
        <translation>Szukaj przebiegów</translation>
    </message>
    <message>
        <location filename="../views/chartlegendlist.cpp" line="54"/>
        <source>Chart colour…</source>
        <translation>Kolor na wykresach…</translation>
    </message>
    <message>
        <location filename="../views/chartlegendlist.cpp" line="59"/>
        <source>Click a run to hide or show it</source>
        <translation>Kliknij przebieg, aby go ukryć lub pokazać</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/chartlegendlist.cpp" line="124"/>
        <source>%n run(s), %1 hidden</source>
        <translation>
            <numerusform>%n przebieg, ukryte: %1</numerusform>
            <numerusform>%n przebiegi, ukryte: %1</numerusform>
            <numerusform>%n przebiegów, ukryte: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/chartlegendlist.cpp" line="125"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n przebieg</numerusform>
            <numerusform>%n przebiegi</numerusform>
            <numerusform>%n przebiegów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nereid::ChartPanel</name>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="74"/>
        <location filename="../views/chartpanelgroups.cpp" line="68"/>
        <location filename="../views/chartpanelhover.cpp" line="101"/>
        <location filename="../views/chartpanelhover.cpp" line="102"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/chartpanel.cpp" line="270"/>
        <source>%n value(s) ≤ 0 in view: drawn as ▲ on the bottom of the log axis.</source>
        <translation>
            <numerusform>%n wartość ≤ 0 w widoku: zaznaczono ją jako ▲ na dole osi logarytmicznej.</numerusform>
            <numerusform>%n wartości ≤ 0 w widoku: zaznaczono je jako ▲ na dole osi logarytmicznej.</numerusform>
            <numerusform>%n wartości ≤ 0 w widoku: zaznaczono je jako ▲ na dole osi logarytmicznej.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/chartpanel.cpp" line="272"/>
        <source>Select runs to compare them here.</source>
        <translation>Zaznacz przebiegi, aby je tu porównać.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/chartpanelexport.cpp" line="81"/>
        <source>… and %n more run(s)</source>
        <translation>
            <numerusform>… i jeszcze %n przebieg</numerusform>
            <numerusform>… i jeszcze %n przebiegi</numerusform>
            <numerusform>… i jeszcze %n przebiegów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="89"/>
        <source>The image could not be saved to %1.</source>
        <translation>Nie udało się zapisać obrazu w %1.</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="109"/>
        <location filename="../views/chartpanelexport.cpp" line="112"/>
        <source>Save chart as PNG</source>
        <translation>Zapisz wykres jako PNG</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="109"/>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="117"/>
        <source>Save the data in view as CSV</source>
        <translation>Zapisz dane z widoku jako CSV</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="119"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="135"/>
        <source>Downloading the points in view…</source>
        <translation>Pobieranie widocznych punktów…</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="135"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../views/chartpanelhover.cpp" line="111"/>
        <source>about %1</source>
        <translation>około %1</translation>
    </message>
    <message>
        <location filename="../views/chartpanelhover.cpp" line="112"/>
        <source>%1 — step %2, value %3, %4</source>
        <translation>%1 — krok %2, wartość %3, %4</translation>
    </message>
    <message>
        <location filename="../views/chartpanelhover.cpp" line="93"/>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="23"/>
        <source>Lowest to highest run</source>
        <translation>Od najniższego do najwyższego przebiegu</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="24"/>
        <source>Mean ± 1 standard deviation</source>
        <translation>Średnia ± 1 odchylenie standardowe</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="26"/>
        <source>&amp;Band:</source>
        <translation>&amp;Pasmo:</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="61"/>
        <source>%1 (%L2 run)</source>
        <translation>%1 (%L2 przebieg)</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="62"/>
        <source>%1 (%L2 runs)</source>
        <translation>%1 (przebiegi: %L2)</translation>
    </message>
</context>
<context>
    <name>nereid::ChartPathPicker</name>
    <message>
        <location filename="../views/chartpathpicker.cpp" line="23"/>
        <source>Add chart</source>
        <translation>Dodaj wykres</translation>
    </message>
    <message>
        <location filename="../views/chartpathpicker.cpp" line="24"/>
        <source>Filter series paths, or a pattern: */loss</source>
        <translation>Filtruj ścieżki serii lub wzorzec: */loss</translation>
    </message>
    <message>
        <location filename="../views/chartpathpicker.cpp" line="25"/>
        <source>Ctrl+click or Shift+click paths to draw them in one chart, or type a pattern: */loss, train/loss, val/loss, or a regular expression between slashes.</source>
        <translation>Ctrl+klik lub Shift+klik rysuje kilka ścieżek na jednym wykresie; można też wpisać wzorzec: */loss, train/loss, val/loss albo wyrażenie regularne między ukośnikami.</translation>
    </message>
</context>
<context>
    <name>nereid::ChartToolBar</name>
    <message>
        <location filename="../views/charttoolbar.cpp" line="24"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="32"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="33"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="34"/>
        <source>Relative time</source>
        <translation>Czas względny</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="35"/>
        <source>What the x axis shows</source>
        <translation>Co pokazuje oś x</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="36"/>
        <source>Logarithmic y axis; values ≤ 0 are drawn clipped at its bottom</source>
        <translation>Logarytmiczna oś y; wartości ≤ 0 są rysowane jako przycięte na jej dole</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="40"/>
        <source>Smoothing (exponential moving average, debiased)</source>
        <translation>Wygładzanie (wykładnicza średnia krocząca z korekcją obciążenia)</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="57"/>
        <source>Smoothing</source>
        <translation>Wygładzanie</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="61"/>
        <source>Reset zoom</source>
        <translation>Resetuj powiększenie</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="61"/>
        <source>Show every point again (or double-click the chart)</source>
        <translation>Pokaż znów wszystkie punkty (lub kliknij dwukrotnie wykres)</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="62"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="62"/>
        <source>Save the chart as a PNG image</source>
        <translation>Zapisz wykres jako obraz PNG</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="63"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="63"/>
        <source>Save the raw points in view as CSV</source>
        <translation>Zapisz surowe punkty z widoku jako CSV</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="64"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="64"/>
        <source>Remove this chart</source>
        <translation>Usuń ten wykres</translation>
    </message>
</context>
<context>
    <name>nereid::ChosenColumnsList</name>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="18"/>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="19"/>
        <source>Move &amp;down</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="20"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="31"/>
        <source>What a float series column shows of each run&apos;s series</source>
        <translation>Co kolumna serii liczbowej pokazuje z serii każdego przebiegu</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="32"/>
        <source>last value</source>
        <translation>ostatnia wartość</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="33"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="34"/>
        <source>maximum</source>
        <translation>maksimum</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="35"/>
        <source>mean</source>
        <translation>średnia</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="36"/>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="41"/>
        <source>Columns, in table order:</source>
        <translation>Kolumny w kolejności tabeli:</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="90"/>
        <source>%1
No run of this project has this field.</source>
        <translation>%1
Żaden przebieg tego projektu nie ma tego pola.</translation>
    </message>
</context>
<context>
    <name>nereid::ColumnChooserDialog</name>
    <message>
        <location filename="../views/columnchooserdialog.cpp" line="30"/>
        <source>Choose Columns</source>
        <translation>Wybierz kolumny</translation>
    </message>
    <message>
        <location filename="../views/columnchooserdialog.cpp" line="39"/>
        <source>Search field paths</source>
        <translation>Szukaj ścieżek pól</translation>
    </message>
</context>
<context>
    <name>nereid::ColumnMenu</name>
    <message>
        <location filename="../views/columnmenu.cpp" line="11"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="16"/>
        <source>Choose columns…</source>
        <translation>Wybierz kolumny…</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="32"/>
        <source>Reset to defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="43"/>
        <source>last value</source>
        <translation>ostatnia wartość</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="44"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="45"/>
        <source>maximum</source>
        <translation>maksimum</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="46"/>
        <source>mean</source>
        <translation>średnia</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="47"/>
        <source>Show %1 as</source>
        <translation>Pokaż %1 jako</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="48"/>
        <source>Add a column of %1</source>
        <translation>Dodaj kolumnę %1</translation>
    </message>
</context>
<context>
    <name>nereid::CompareDialog</name>
    <message numerus="yes">
        <location filename="../views/comparedialog.cpp" line="24"/>
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>Porównaj %n przebieg</numerusform>
            <numerusform>Porównaj %n przebiegi</numerusform>
            <numerusform>Porównaj %n przebiegów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="27"/>
        <source>Last value</source>
        <translation>Ostatnia wartość</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="28"/>
        <source>Lowest value</source>
        <translation>Najmniejsza wartość</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="29"/>
        <source>Highest value</source>
        <translation>Największa wartość</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="30"/>
        <source>&amp;Series show:</source>
        <translation>&amp;Serie pokazują:</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="32"/>
        <source>Only &amp;differences</source>
        <translation>Tylko &amp;różnice</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="34"/>
        <source>Copy as &amp;CSV</source>
        <translation>Kopiuj jako &amp;CSV</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="35"/>
        <source>Copy as &amp;Markdown</source>
        <translation>Kopiuj jako &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="36"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>nereid::CompareModel</name>
    <message>
        <location filename="../models/comparemodel.cpp" line="218"/>
        <source>(no namespace)</source>
        <translation>(bez przestrzeni nazw)</translation>
    </message>
    <message>
        <location filename="../models/comparemodel.cpp" line="245"/>
        <location filename="../models/comparemodel.cpp" line="251"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
</context>
<context>
    <name>nereid::ConflictPanel</name>
    <message>
        <location filename="../views/conflictpanel.cpp" line="17"/>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="17"/>
        <source>not failed</source>
        <translation>bez niepowodzenia</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="19"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="25"/>
        <source>Conflicts with the server</source>
        <translation>Konflikty z serwerem</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="50"/>
        <source>Someone changed the %1 on the server before your edit reached it. Yours: %2; on the server: %3.</source>
        <translation>Ktoś zmienił %1 na serwerze, zanim dotarła tam Twoja zmiana. Twoja wersja: %2; na serwerze: %3.</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="56"/>
        <source>Keep mine</source>
        <translation>Zachowaj moją</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="57"/>
        <source>Keep the server&apos;s</source>
        <translation>Zachowaj wersję serwera</translation>
    </message>
</context>
<context>
    <name>nereid::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="22"/>
        <source>Connect to server</source>
        <translation>Połącz z serwerem</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="36"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;Adres URL serwera:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="37"/>
        <source>API &amp;token:</source>
        <translation>&amp;Token API:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="54"/>
        <source>Edit profile %1</source>
        <translation>Edytuj profil %1</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="57"/>
        <source>The profile&apos;s cached runs and its token are kept under its name, so it stays.</source>
        <translation>Przebiegi z pamięci podręcznej i token profilu są przechowywane pod jego nazwą, więc nazwa pozostaje.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="60"/>
        <source>Leave empty to keep the stored token</source>
        <translation>Pozostaw puste, aby zachować zapisany token</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="86"/>
        <source>Give the profile a name.</source>
        <translation>Nadaj profilowi nazwę.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="88"/>
        <source>A profile named %1 exists already.</source>
        <translation>Profil o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="92"/>
        <source>The server URL must start with http:// or https:// and name a host.</source>
        <translation>Adres URL serwera musi zaczynać się od http:// lub https:// i zawierać nazwę hosta.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="94"/>
        <source>Enter the API token.</source>
        <translation>Wpisz token API.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="109"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
</context>
<context>
    <name>nereid::DashboardView</name>
    <message>
        <location filename="../views/dashboardview.cpp" line="106"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="110"/>
        <source>%1 (1 chart)</source>
        <comment>a dashboard section&apos;s header: its name and that it holds one chart</comment>
        <translation>%1 (1 wykres)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="111"/>
        <source>%1 (%n charts)</source>
        <comment>a dashboard section&apos;s header: its name and how many charts it holds</comment>
        <translation>
            <numerusform>%1 (%n wykres)</numerusform>
            <numerusform>%1 (%n wykresy)</numerusform>
            <numerusform>%1 (%n wykresów)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="23"/>
        <source>Move chart &amp;earlier</source>
        <translation>Przesuń wykres &amp;wcześniej</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="24"/>
        <source>Move chart &amp;later</source>
        <translation>Przesuń wykres &amp;później</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="25"/>
        <source>Move chart a row &amp;up</source>
        <translation>Przesuń wykres o wiersz w &amp;górę</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="26"/>
        <source>Move chart a row &amp;down</source>
        <translation>Przesuń wykres o wiersz w &amp;dół</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="27"/>
        <source>Make chart &amp;taller</source>
        <translation>Wykres w&amp;yższy</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="28"/>
        <source>Make chart &amp;shorter</source>
        <translation>Wykres &amp;niższy</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="29"/>
        <source>&amp;Wider charts (fewer columns)</source>
        <translation>&amp;Szersze wykresy (mniej kolumn)</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="30"/>
        <source>&amp;Narrower charts (more columns)</source>
        <translation>W&amp;ęższe wykresy (więcej kolumn)</translation>
    </message>
</context>
<context>
    <name>nereid::DemoSeeder</name>
    <message>
        <location filename="../core/sync/demoseeder.cpp" line="29"/>
        <source>A made-up learning-rate sweep to explore</source>
        <translation>Wymyślony przegląd współczynnika uczenia do zbadania</translation>
    </message>
    <message>
        <location filename="../core/sync/demoseeder.cpp" line="35"/>
        <source>the project could not be created</source>
        <translation>nie udało się utworzyć projektu</translation>
    </message>
</context>
<context>
    <name>nereid::EditPusher</name>
    <message>
        <location filename="../core/sync/editpusher.cpp" line="105"/>
        <source>the edit of %1 was sent but could not be recorded.</source>
        <translation>zmiana %1 została wysłana, ale nie udało się jej odnotować.</translation>
    </message>
    <message>
        <location filename="../core/sync/editpusher.cpp" line="119"/>
        <source>Your change to %1 was undone.</source>
        <translation>Twoja zmiana w %1 została cofnięta.</translation>
    </message>
</context>
<context>
    <name>nereid::ExperimentsView</name>
    <message>
        <location filename="../views/experimentsview.cpp" line="32"/>
        <source>Show trashed</source>
        <translation>Pokaż przebiegi w koszu</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="226"/>
        <source>Show versions</source>
        <translation>Pokaż wersje</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="227"/>
        <location filename="../views/experimentsviewgroups.cpp" line="224"/>
        <source>Run information…</source>
        <translation>Informacje o przebiegu…</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="252"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="255"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="256"/>
        <source>Staging</source>
        <translation>Przedprodukcja</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="257"/>
        <source>Production</source>
        <translation>Produkcja</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="258"/>
        <source>Archived</source>
        <translation>Zarchiwizowany</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewkeys.cpp" line="27"/>
        <source>Copy id</source>
        <translation>Kopiuj identyfikator</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="232"/>
        <location filename="../views/experimentsviewgroups.cpp" line="230"/>
        <source>Add tag…</source>
        <translation>Dodaj tag…</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="233"/>
        <location filename="../views/experimentsviewgroups.cpp" line="231"/>
        <source>Remove tag…</source>
        <translation>Usuń tag…</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewkeys.cpp" line="23"/>
        <source>Trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="237"/>
        <location filename="../views/experimentsviewgroups.cpp" line="225"/>
        <source>Chart colour…</source>
        <translation>Kolor na wykresach…</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewkeys.cpp" line="67"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../views/experimentsvieweye.cpp" line="29"/>
        <source>Hide in charts / show</source>
        <translation>Ukryj/pokaż na wykresach</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewgroups.cpp" line="58"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupy</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewgroups.cpp" line="62"/>
        <source>Show the runs in groups (Group by…) or one by one</source>
        <translation>Pokaż przebiegi w grupach (Grupuj według…) lub pojedynczo</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewgroups.cpp" line="74"/>
        <source>Group &amp;by…</source>
        <translation>Grupuj &amp;według…</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewgroups.cpp" line="250"/>
        <source>Group &amp;aggregate</source>
        <translation>&amp;Agregat grupy</translation>
    </message>
</context>
<context>
    <name>nereid::FieldPathTreeModel</name>
    <message>
        <location filename="../models/fieldpathtreemodel.cpp" line="179"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../models/fieldpathtreemodel.cpp" line="179"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>nereid::FieldType</name>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="18"/>
        <source>Float</source>
        <translation>Liczba zmiennoprzecinkowa</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="19"/>
        <source>Integer</source>
        <translation>Liczba całkowita</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="20"/>
        <source>Boolean</source>
        <translation>Wartość logiczna</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="21"/>
        <source>String</source>
        <translation>Ciąg znaków</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="22"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="23"/>
        <source>String set</source>
        <translation>Zbiór ciągów znaków</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="24"/>
        <source>Float series</source>
        <translation>Seria liczb zmiennoprzecinkowych</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="25"/>
        <source>String series</source>
        <translation>Seria ciągów znaków</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="26"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="27"/>
        <source>File set</source>
        <translation>Zbiór plików</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="28"/>
        <source>File series</source>
        <translation>Seria plików</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="29"/>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
</context>
<context>
    <name>nereid::FileActions</name>
    <message>
        <location filename="../views/fileactions.cpp" line="25"/>
        <source>The file cannot be fetched: %1</source>
        <translation>Nie można pobrać pliku: %1</translation>
    </message>
    <message>
        <location filename="../views/fileactions.cpp" line="36"/>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <location filename="../views/fileactions.cpp" line="57"/>
        <source>Save file as</source>
        <translation>Zapisz plik jako</translation>
    </message>
    <message>
        <location filename="../views/fileactions.cpp" line="86"/>
        <source>The file cannot be written to %1.</source>
        <translation>Nie można zapisać pliku w %1.</translation>
    </message>
    <message>
        <location filename="../views/fileactions.cpp" line="92"/>
        <source>No application opens %1.</source>
        <translation>Żadna aplikacja nie otwiera %1.</translation>
    </message>
</context>
<context>
    <name>nereid::FileContents</name>
    <message>
        <location filename="../models/filecontents.cpp" line="26"/>
        <location filename="../models/filecontents.cpp" line="39"/>
        <source>Files cannot be fetched without a connection to the server.</source>
        <translation>Bez połączenia z serwerem nie można pobierać plików.</translation>
    </message>
</context>
<context>
    <name>nereid::FilePreview</name>
    <message>
        <location filename="../views/filepreview.cpp" line="57"/>
        <source>Select a file to preview it.</source>
        <translation>Wybierz plik, aby zobaczyć jego podgląd.</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="106"/>
        <source>%1 cannot be previewed here. Use “Save as…” or “Open with the system&apos;s application” from the tree&apos;s context menu.</source>
        <translation>Podgląd %1 nie jest tu dostępny. Użyj „Zapisz jako…” lub „Otwórz w aplikacji systemowej” z menu kontekstowego drzewa.</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="108"/>
        <source>This file</source>
        <translation>Ten plik</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="112"/>
        <source>Fetching %1…</source>
        <translation>Pobieranie: %1…</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="112"/>
        <source>the file</source>
        <translation>plik</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="128"/>
        <source>The file cannot be shown: %1</source>
        <translation>Nie można wyświetlić pliku: %1</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="139"/>
        <source>The file cannot be read: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="142"/>
        <source>%1 cannot be previewed here.</source>
        <translation>Podgląd %1 nie jest tu dostępny.</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="146"/>
        <source>
[The first %1 of %2 are shown. Save the file for all of it.]</source>
        <translation>
[Pokazano pierwsze %1 z %2. Zapisz plik, aby zobaczyć całość.]</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="157"/>
        <source>The image cannot be read: %1</source>
        <translation>Nie można odczytać obrazu: %1</translation>
    </message>
</context>
<context>
    <name>nereid::FilterBox</name>
    <message>
        <location filename="../views/filterbox.cpp" line="21"/>
        <source>Filter runs by words, or by a query: params/lr &gt; 0.01 AND sys/tags CONTAINS best</source>
        <translation>Filtruj przebiegi słowami lub zapytaniem: params/lr &gt; 0.01 AND sys/tags CONTAINS best</translation>
    </message>
    <message>
        <location filename="../views/filterbox.cpp" line="22"/>
        <source>Esc clears the filter. Help &gt; Query language has the grammar and examples.</source>
        <translation>Esc czyści filtr. Pomoc &gt; Język zapytań zawiera gramatykę i przykłady.</translation>
    </message>
    <message>
        <location filename="../views/filterbox.cpp" line="106"/>
        <source>%1
Here: %2 ⟵</source>
        <translation>%1
Tutaj: %2 ⟵</translation>
    </message>
</context>
<context>
    <name>nereid::GalleryLoader</name>
    <message>
        <location filename="../models/galleryloader.cpp" line="73"/>
        <source>The images of %1 cannot be fetched: %2</source>
        <translation>Nie można pobrać obrazów %1: %2</translation>
    </message>
</context>
<context>
    <name>nereid::GalleryModel</name>
    <message>
        <location filename="../models/gallerymodel.cpp" line="113"/>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
</context>
<context>
    <name>nereid::GalleryView</name>
    <message>
        <location filename="../views/galleryview.cpp" line="56"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>nereid::GroupByDialog</name>
    <message>
        <location filename="../views/groupbydialog.cpp" line="17"/>
        <source>Group by</source>
        <translation>Grupuj według</translation>
    </message>
    <message>
        <location filename="../views/groupbydialog.cpp" line="19"/>
        <source>Filter fields</source>
        <translation>Filtruj pola</translation>
    </message>
    <message>
        <location filename="../views/groupbydialog.cpp" line="41"/>
        <source>&amp;Fields to group runs by (in the order checked):</source>
        <translation>&amp;Pola grupowania przebiegów (w kolejności zaznaczenia):</translation>
    </message>
</context>
<context>
    <name>nereid::ImportDialog</name>
    <message>
        <location filename="../views/importdialog.cpp" line="29"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="31"/>
        <source>Import runs</source>
        <translation>Importuj przebiegi</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="35"/>
        <source>TensorBoard log folder</source>
        <translation>Folder logów TensorBoard</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="36"/>
        <source>Neptune offline or async queue (a .neptune folder)</source>
        <translation>Kolejka offline lub async Neptune (folder .neptune)</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="33"/>
        <source>MLflow (an mlruns folder, an mlflow.db file or a tracking server&apos;s http:// URL)</source>
        <translation>MLflow (folder mlruns, plik mlflow.db lub adres http:// serwera śledzenia)</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="38"/>
        <source>A folder or file to import from, or an MLflow server&apos;s URL</source>
        <translation>Folder lub plik, z którego nastąpi import, albo adres URL serwera MLflow</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="40"/>
        <source>&amp;Browse</source>
        <translation>Prze&amp;glądaj</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="43"/>
        <source>A &amp;folder…</source>
        <translation>&amp;Folder…</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="44"/>
        <source>A f&amp;ile…</source>
        <translation>P&amp;lik…</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="53"/>
        <source>workspace/project; a project that does not exist yet is created</source>
        <translation>obszar/projekt; projekt, który jeszcze nie istnieje, zostanie utworzony</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="56"/>
        <source>&amp;Source:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="57"/>
        <source>&amp;From:</source>
        <translation>&amp;Skąd:</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="60"/>
        <source>Into &amp;project:</source>
        <translation>Do &amp;projektu:</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="104"/>
        <source>Import from folder</source>
        <translation>Importuj z folderu</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="105"/>
        <source>Import from file</source>
        <translation>Importuj z pliku</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="114"/>
        <source>Choose the folder or file to import from.</source>
        <translation>Wybierz folder lub plik, z którego nastąpi import.</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="116"/>
        <source>Name the project as workspace/project.</source>
        <translation>Podaj projekt jako obszar/projekt.</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="126"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="130"/>
        <source>Reading %1…</source>
        <translation>Odczytywanie %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="150"/>
        <source>%1: created, %Ln point(s)</source>
        <translation>
            <numerusform>%1: utworzono, %Ln punkt</numerusform>
            <numerusform>%1: utworzono, %Ln punkty</numerusform>
            <numerusform>%1: utworzono, %Ln punktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="153"/>
        <source>%1: updated, %Ln point(s) added</source>
        <translation>
            <numerusform>%1: zaktualizowano, dodano %Ln punkt</numerusform>
            <numerusform>%1: zaktualizowano, dodano %Ln punkty</numerusform>
            <numerusform>%1: zaktualizowano, dodano %Ln punktów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="156"/>
        <source>%1: imported already, skipped</source>
        <translation>%1: już zaimportowano, pominięto</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="159"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: BŁĄD: %2</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="163"/>
        <source>    renamed (not a valid field path or taken): %1</source>
        <translation>    zmieniono nazwę (nieprawidłowa ścieżka pola lub zajęta): %1</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="176"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="180"/>
        <source>The import could not run: %1</source>
        <translation>Nie udało się uruchomić importu: %1</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="183"/>
        <source>Cancelled. The runs not imported yet are imported when you import again; nothing is duplicated.</source>
        <translation>Anulowano. Przebiegi jeszcze niezaimportowane zostaną zaimportowane przy następnym imporcie; nic nie zostanie zdublowane.</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="185"/>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="193"/>
        <source>%1 of %n run(s): %2 created, %3 updated, %4 skipped, %5 failed; %6 point(s) written.</source>
        <translation>
            <numerusform>%1 z %n przebiegu: utworzono %2, zaktualizowano %3, pominięto %4, błędy: %5; zapisane punkty: %6.</numerusform>
            <numerusform>%1 z %n przebiegów: utworzono %2, zaktualizowano %3, pominięto %4, błędy: %5; zapisane punkty: %6.</numerusform>
            <numerusform>%1 z %n przebiegów: utworzono %2, zaktualizowano %3, pominięto %4, błędy: %5; zapisane punkty: %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="219"/>
        <source>Cancelling after the run being imported…</source>
        <translation>Anulowanie po przebiegu, który jest właśnie importowany…</translation>
    </message>
</context>
<context>
    <name>nereid::LinesFetcher</name>
    <message>
        <location filename="../core/sync/linesfetcher.cpp" line="45"/>
        <source>the lines of %1 cannot be read.</source>
        <translation>nie można odczytać wierszy %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/linesfetcher.cpp" line="54"/>
        <source>a line of %1 is not [step, text, time].</source>
        <translation>wiersz %1 nie ma postaci [krok, tekst, czas].</translation>
    </message>
</context>
<context>
    <name>nereid::MainMenus</name>
    <message>
        <location filename="../views/mainmenus.cpp" line="23"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="24"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="25"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="26"/>
        <source>&amp;Run</source>
        <translation>P&amp;rzebieg</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="27"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="35"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="36"/>
        <source>&amp;Import runs…</source>
        <translation>&amp;Importuj przebiegi…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="38"/>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Połącz z serwerem…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="39"/>
        <source>&amp;Profiles</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="43"/>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Zarządzaj profilami…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="47"/>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="49"/>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referencje…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="52"/>
        <source>Show &amp;trashed runs</source>
        <translation>Pokaż przebiegi w &amp;koszu</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="58"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="59"/>
        <source>&amp;Full screen</source>
        <translation>Pełny &amp;ekran</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="61"/>
        <source>Choose &amp;columns…</source>
        <translation>Wybierz &amp;kolumny…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="62"/>
        <source>Add &amp;chart…</source>
        <translation>Dodaj &amp;wykres…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="63"/>
        <source>S&amp;catter plot</source>
        <translation>Wykres &amp;punktowy</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="65"/>
        <source>&amp;Parallel coordinates</source>
        <translation>Współrzędne &amp;równoległe</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="69"/>
        <source>Run &amp;information…</source>
        <translation>&amp;Informacje o przebiegu…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="71"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Porównaj…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="73"/>
        <source>&amp;Query language</source>
        <translation>&amp;Język zapytań</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="74"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="75"/>
        <source>&amp;Report a problem</source>
        <translation>&amp;Zgłoś problem</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="77"/>
        <source>&amp;About Nereid</source>
        <translation>&amp;O programie Nereid</translation>
    </message>
</context>
<context>
    <name>nereid::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="73"/>
        <source>Nereid</source>
        <translation>Nereid</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="177"/>
        <source>The version, Qt version, platform and log path are on the clipboard: paste them into your report.</source>
        <translation>Wersja programu, wersja Qt, platforma i ścieżka dziennika są w schowku: wklej je do zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="185"/>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Eksportuj tabelę jako CSV…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="194"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="197"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="225"/>
        <source>Export table as CSV</source>
        <translation>Eksportuj tabelę jako CSV</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="225"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="233"/>
        <source>The table could not be exported to %1: %2</source>
        <translation>Nie udało się wyeksportować tabeli do %1: %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="236"/>
        <source>Exported %1 runs to %2.</source>
        <translation>Wyeksportowano przebiegi (%1) do %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="245"/>
        <source>Select 2 to 100 runs to compare (%n selected).</source>
        <translation>
            <numerusform>Zaznacz od 2 do 100 przebiegów do porównania (zaznaczono %n).</numerusform>
            <numerusform>Zaznacz od 2 do 100 przebiegów do porównania (zaznaczono %n).</numerusform>
            <numerusform>Zaznacz od 2 do 100 przebiegów do porównania (zaznaczono %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="252"/>
        <source>Compare runs</source>
        <translation>Porównaj przebiegi</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="252"/>
        <source>Not every run could be read from the cache: %1</source>
        <translation>Nie wszystkie przebiegi udało się odczytać z pamięci podręcznej: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="333"/>
        <source>%1 — %2 — Nereid</source>
        <comment>window title: project, server profile</comment>
        <translation>%1 — %2 — Nereid</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="44"/>
        <source>Select</source>
        <translation>Wybierz</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="45"/>
        <source>Select a file to preview it.</source>
        <translation>Wybierz plik, aby zobaczyć jego podgląd.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="59"/>
        <source>Images: %1</source>
        <translation>Obrazy: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="63"/>
        <source>Images cannot be fetched without a connection to the server.</source>
        <translation>Bez połączenia z serwerem nie można pobierać obrazów.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="69"/>
        <source>Fetching the images of %1…</source>
        <translation>Pobieranie obrazów %1…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="75"/>
        <source>Fetching</source>
        <translation>Pobieranie</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="79"/>
        <source>No images.</source>
        <translation>Brak obrazów.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="81"/>
        <source>1 step; a click opens the image.</source>
        <translation>1 krok; kliknięcie otwiera obraz.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="82"/>
        <source>%1 steps; arrow keys move, a click opens the image.</source>
        <translation>Kroki: %1; strzałki przesuwają, kliknięcie otwiera obraz.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowkinds.cpp" line="79"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../views/mainwindowkinds.cpp" line="81"/>
        <source>&amp;Metadata…</source>
        <translation>&amp;Metadane…</translation>
    </message>
</context>
<context>
    <name>nereid::MetadataFieldEditor</name>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="21"/>
        <source>general/brief</source>
        <translation>general/brief</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="31"/>
        <source>&amp;Assign</source>
        <translation>P&amp;rzypisz</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="33"/>
        <source>De&amp;lete field</source>
        <translation>&amp;Usuń pole</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="45"/>
        <source>&amp;Field:</source>
        <translation>&amp;Pole:</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="46"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="47"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wartość:</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="73"/>
        <source>Give the field&apos;s path, such as general/brief.</source>
        <translation>Podaj ścieżkę pola, np. general/brief.</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="75"/>
        <source>The sys namespace is written by Nereid; choose another path.</source>
        <translation>Przestrzeń nazw sys jest zapisywana przez Nereid; wybierz inną ścieżkę.</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="107"/>
        <source>&quot;%1&quot; is not a value of type %2.</source>
        <translation>„%1” nie jest wartością typu %2.</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="108"/>
        <source>Write true or false.</source>
        <translation>Wpisz true lub false.</translation>
    </message>
</context>
<context>
    <name>nereid::ModelVersionsPanel</name>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="50"/>
        <source>Choose a model to see its versions.</source>
        <translation>Wybierz model, aby zobaczyć jego wersje.</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="54"/>
        <source>Versions of %1:</source>
        <translation>Wersje %1:</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="77"/>
        <source>Version information…</source>
        <translation>Informacje o wersji…</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="78"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="79"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="80"/>
        <source>Staging</source>
        <translation>Przedprodukcja</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="81"/>
        <source>Production</source>
        <translation>Produkcja</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="82"/>
        <source>Archived</source>
        <translation>Zarchiwizowany</translation>
    </message>
</context>
<context>
    <name>nereid::NamespaceTreeModel</name>
    <message>
        <location filename="../models/namespacetreemodel.cpp" line="49"/>
        <source>%1 · %2</source>
        <comment>tree header: run id · run name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/namespacetreemodel.cpp" line="178"/>
        <source>Namespace</source>
        <translation>Przestrzeń nazw</translation>
    </message>
    <message>
        <location filename="../models/namespacetreemodel.cpp" line="195"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../models/namespacetreemodel.cpp" line="197"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/namespacetreemodel.cpp" line="199"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>nereid::NamespaceTreeView</name>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="29"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="78"/>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="79"/>
        <source>Open with the system&apos;s application</source>
        <translation>Otwórz w aplikacji systemowej</translation>
    </message>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="83"/>
        <source>Copy path</source>
        <translation>Kopiuj ścieżkę</translation>
    </message>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="84"/>
        <source>Copy value</source>
        <translation>Kopiuj wartość</translation>
    </message>
</context>
<context>
    <name>nereid::NoMatchLabel</name>
    <message>
        <location filename="../views/nomatchlabel.cpp" line="19"/>
        <source>No runs match</source>
        <translation>Brak pasujących przebiegów</translation>
    </message>
    <message>
        <location filename="../views/nomatchlabel.cpp" line="19"/>
        <source>Clear the filter</source>
        <translation>Wyczyść filtr</translation>
    </message>
</context>
<context>
    <name>nereid::ObjectKindSwitcher</name>
    <message>
        <location filename="../views/objectkindswitcher.cpp" line="20"/>
        <source>What the table lists: the project&apos;s runs, its models, or the versions of a model you opened</source>
        <translation>Co pokazuje tabela: przebiegi projektu, jego modele lub wersje otwartego modelu</translation>
    </message>
    <message>
        <location filename="../views/objectkindswitcher.cpp" line="21"/>
        <source>Runs</source>
        <translation>Przebiegi</translation>
    </message>
    <message>
        <location filename="../views/objectkindswitcher.cpp" line="22"/>
        <source>Models</source>
        <translation>Modele</translation>
    </message>
    <message>
        <location filename="../views/objectkindswitcher.cpp" line="32"/>
        <source>Versions of %1</source>
        <translation>Wersje %1</translation>
    </message>
</context>
<context>
    <name>nereid::ParallelCoordinates</name>
    <message>
        <location filename="../views/parallelcoordinates.cpp" line="238"/>
        <source>Add two axes or more to compare runs across them.</source>
        <translation>Dodaj co najmniej dwie osie, aby porównać na nich przebiegi.</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinates.cpp" line="311"/>
        <source>%1: %2</source>
        <comment>colour key: column: low value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatespick.cpp" line="72"/>
        <source>%1
%2: %3</source>
        <comment>hovered run: its name, the colouring column and its value</comment>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>nereid::ParallelCoordinatesDock</name>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="28"/>
        <source>Parallel coordinates</source>
        <translation>Współrzędne równoległe</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="41"/>
        <source>&amp;Add axis</source>
        <translation>&amp;Dodaj oś</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="43"/>
        <source>Re&amp;move axis</source>
        <translation>&amp;Usuń oś</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="45"/>
        <source>C&amp;lear brushes</source>
        <translation>Wy&amp;czyść zakresy</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="48"/>
        <source>Takes every brush&apos;s clause out of the filter box. A click on a brushed axis takes its brush alone.</source>
        <translation>Usuwa warunek każdego zakresu z pola filtra. Kliknięcie osi z zakresem usuwa tylko ten zakres.</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="49"/>
        <source>Colo&amp;ur by:</source>
        <translation>Kolo&amp;ruj według:</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="23"/>
        <source>Drag along an axis to keep the runs in a range; the filter box gets the clause.</source>
        <translation>Przeciągnij wzdłuż osi, aby zachować przebiegi z zakresu; pole filtra otrzyma warunek.</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="24"/>
        <source>Click a line to select its run.</source>
        <translation>Kliknij linię, aby zaznaczyć jej przebieg.</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="131"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="199"/>
        <source>A brush narrows a query, and the filter box holds a word search or a query that does not parse: clear it or finish the query, then brush again.</source>
        <translation>Zakres zawęża zapytanie, a pole filtra zawiera wyszukiwanie słów lub niepoprawne zapytanie: wyczyść je lub dokończ zapytanie, potem przeciągnij ponownie.</translation>
    </message>
</context>
<context>
    <name>nereid::PlotTableModel</name>
    <message>
        <location filename="../models/plottablemodel.cpp" line="142"/>
        <source>%1 · %2</source>
        <comment>plot: run id · run name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>nereid::PreferencesDialog</name>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="21"/>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="25"/>
        <source>A new language is used from the next start of Nereid.</source>
        <translation>Nowy język zostanie użyty od następnego uruchomienia Nereid.</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="30"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="32"/>
        <source>&amp;Colours:</source>
        <translation>K&amp;olory:</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="34"/>
        <source>&amp;Files cache:</source>
        <translation>Pamięć podręczna &amp;plików:</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="51"/>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="68"/>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="69"/>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="70"/>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="84"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="85"/>
        <source>Files and images fetched from the server are kept up to this size; the least recently used go first.</source>
        <translation>Pliki i obrazy pobrane z serwera są przechowywane do tego rozmiaru; najdawniej używane są usuwane najpierw.</translation>
    </message>
</context>
<context>
    <name>nereid::ProfilesDialog</name>
    <message>
        <location filename="../views/profilesdialog.cpp" line="21"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="22"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="24"/>
        <source>&amp;Forget certificate</source>
        <translation>&amp;Zapomnij certyfikat</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="26"/>
        <source>Connection profiles</source>
        <translation>Profile połączeń</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="28"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="28"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="38"/>
        <source>Stop trusting this certificate: Nereid asks again when the server presents one this computer does not trust.</source>
        <translation>Przestań ufać temu certyfikatowi: Nereid zapyta ponownie, gdy serwer przedstawi certyfikat, któremu ten komputer nie ufa.</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="42"/>
        <source>Pinned certificate (SHA-256):</source>
        <translation>Przypięty certyfikat (SHA-256):</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="74"/>
        <source>The private server on this computer</source>
        <translation>Prywatny serwer na tym komputerze</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="80"/>
        <source>Open now</source>
        <translation>Otwarty teraz</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="111"/>
        <source>%1 is the server Nereid starts on this computer: it has no address of its own to edit, and it is always there.</source>
        <translation>%1 to serwer, który Nereid uruchamia na tym komputerze: nie ma własnego adresu do edycji i jest zawsze dostępny.</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="122"/>
        <source>No certificate pinned</source>
        <translation>Brak przypiętego certyfikatu</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="132"/>
        <source>Delete profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="132"/>
        <source>Delete the profile %1?</source>
        <translation>Usunąć profil %1?</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="134"/>
        <source>Its server address and its API token are removed from this computer. The runs on the server stay.</source>
        <translation>Adres serwera i token API zostaną usunięte z tego komputera. Przebiegi na serwerze pozostaną.</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="140"/>
        <source>It is open now: Nereid switches to %1.</source>
        <translation>Jest teraz otwarty: Nereid przełączy się na %1.</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="143"/>
        <source>Also delete the runs cached from this server</source>
        <translation>Usuń też przebiegi z pamięci podręcznej tego serwera</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="146"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>nereid::ProjectMetadataDialog</name>
    <message>
        <location filename="../views/projectmetadatadialog.cpp" line="20"/>
        <source>Metadata of %1</source>
        <translation>Metadane %1</translation>
    </message>
    <message>
        <location filename="../views/projectmetadatadialog.cpp" line="26"/>
        <source>This project has no metadata yet. Scripts write it with project[&quot;general/brief&quot;] = &quot;…&quot; in the Python client.</source>
        <translation>Ten projekt nie ma jeszcze metadanych. Skrypty zapisują je w kliencie Pythona przez project[&quot;general/brief&quot;] = &quot;…&quot;.</translation>
    </message>
    <message>
        <location filename="../views/projectmetadatadialog.cpp" line="28"/>
        <source>The project&apos;s own fields, as scripts wrote them. A field assigned or deleted here goes to the server, and shows once the server has it.</source>
        <translation>Własne pola projektu, tak jak zapisały je skrypty. Pole przypisane lub usunięte tutaj trafia na serwer i pojawia się, gdy serwer je otrzyma.</translation>
    </message>
    <message>
        <location filename="../views/projectmetadatadialog.cpp" line="50"/>
        <source>The change could not be saved: %1</source>
        <translation>Nie udało się zapisać zmiany: %1</translation>
    </message>
</context>
<context>
    <name>nereid::ProjectPuller</name>
    <message>
        <location filename="../core/sync/changespage.cpp" line="38"/>
        <source>the changes of %1 lack a cursor, a revision or runs.</source>
        <translation>w zmianach %1 brakuje kursora, rewizji lub przebiegów.</translation>
    </message>
</context>
<context>
    <name>nereid::ProjectSync</name>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="68"/>
        <source>Sync of %1 stopped.</source>
        <translation>Synchronizacja %1 zatrzymana.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="78"/>
        <source>Syncing %1…</source>
        <translation>Synchronizowanie %1…</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="89"/>
        <source>%1 was loaded again: the server&apos;s data had been restored from a backup or replaced. Your unsent edits were kept.</source>
        <translation>Projekt %1 wczytano ponownie: dane serwera przywrócono z kopii zapasowej lub zastąpiono. Niewysłane zmiany zostały zachowane.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="93"/>
        <source>%1 is up to date.</source>
        <translation>%1 jest aktualny.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="102"/>
        <source>The server&apos;s data was restored from a backup or replaced; Nereid is loading %1 again. Your unsent edits are kept.</source>
        <translation>Dane serwera przywrócono z kopii zapasowej lub zastąpiono; Nereid wczytuje projekt %1 ponownie. Niewysłane zmiany zostają zachowane.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="114"/>
        <source>The server&apos;s data was restored from a backup or replaced; Nereid is loading %1 again: %2 of %3 runs. Your unsent edits are kept.</source>
        <translation>Dane serwera przywrócono z kopii zapasowej lub zastąpiono; Nereid wczytuje projekt %1 ponownie: %2 z %3 przebiegów. Niewysłane zmiany zostają zachowane.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="117"/>
        <source>Syncing %1: %2 of %3 runs…</source>
        <translation>Synchronizowanie %1: %2 z %3 przebiegów…</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/projectsync.cpp" line="134"/>
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Ponowna próba za %n sekundę.</numerusform>
            <numerusform>%1 Ponowna próba za %n sekundy.</numerusform>
            <numerusform>%1 Ponowna próba za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nereid::QueryLanguageDialog</name>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="38"/>
        <source>Query language</source>
        <translation>Język zapytań</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="53"/>
        <source>Words or a query</source>
        <translation>Słowa lub zapytanie</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="54"/>
        <source>The filter box above the experiments table takes plain words or a query. Words find the runs whose id, name, description or tags hold every word, in any case. A query compares fields.</source>
        <translation>Pole filtra nad tabelą eksperymentów przyjmuje zwykłe słowa albo zapytanie. Słowa znajdują przebiegi, których identyfikator, nazwa, opis lub tagi zawierają każde z nich, bez względu na wielkość liter. Zapytanie porównuje pola.</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="56"/>
        <source>A query that names a field no run has is refused with the closest paths the project has. One condition on a name without a namespace, such as lr=0.0, is searched as words instead when no run has that field; the line under the box says so.</source>
        <translation>Zapytanie o pole, którego nie ma żaden przebieg, zostaje odrzucone z podpowiedzią najbliższych ścieżek projektu. Pojedynczy warunek na nazwie bez przestrzeni nazw, np. lr=0.0, jest wtedy wyszukiwaniem słów, jeśli żaden przebieg nie ma takiego pola; mówi o tym wiersz pod polem.</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="59"/>
        <source>Esc clears the filter. Field paths and keywords are completed as you type.</source>
        <translation>Esc czyści filtr. Ścieżki pól i słowa kluczowe są uzupełniane podczas pisania.</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="60"/>
        <source>Examples</source>
        <translation>Przykłady</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="62"/>
        <source>runs with both words in their id, name, description or tags</source>
        <translation>przebiegi z obydwoma słowami w identyfikatorze, nazwie, opisie lub tagach</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="63"/>
        <source>a learning rate above 0.01</source>
        <translation>współczynnik uczenia powyżej 0,01</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="65"/>
        <source>runs tagged best that did not fail</source>
        <translation>przebiegi z tagiem best, które nie zakończyły się błędem</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="66"/>
        <source>the last logged loss below 0.2</source>
        <translation>ostatnia zapisana wartość straty poniżej 0,2</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="68"/>
        <source>the best value of a series, either way</source>
        <translation>najlepsza wartość serii, w obie strony</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="69"/>
        <source>created in the last three days</source>
        <translation>utworzone w ciągu ostatnich trzech dni</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="71"/>
        <source>a name that matches a regular expression</source>
        <translation>nazwa pasująca do wyrażenia regularnego</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="72"/>
        <source>runs without the field</source>
        <translation>przebiegi bez tego pola</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="73"/>
        <source>runs a client is logging to now</source>
        <translation>przebiegi, do których klient właśnie zapisuje dane</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="74"/>
        <source>a path with a space, and its type named</source>
        <translation>ścieżka ze spacją i z podanym typem</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="75"/>
        <source>Grammar</source>
        <translation>Gramatyka</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="86"/>
        <source>NOT binds tighter than AND, and AND tighter than OR; parentheses group. Keywords may be written in any case. A keyword is never a value: quote it (&quot;AND&quot;) to compare with the word.</source>
        <translation>NOT wiąże silniej niż AND, a AND silniej niż OR; nawiasy grupują. Słowa kluczowe można pisać wielkimi lub małymi literami. Słowo kluczowe nigdy nie jest wartością: aby porównać z samym słowem, ujmij je w cudzysłów (&quot;AND&quot;).</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="88"/>
        <source>Types and operators</source>
        <translation>Typy i operatory</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="89"/>
        <source>Numbers and datetimes compare with = != &gt; &gt;= &lt; &lt;=; a float series compares its last value, or the aggregate named. Text compares with = != CONTAINS MATCHES; a tag set with CONTAINS. Booleans are true or false. Datetimes are ISO 8601 (2026-05-01, 2026-05-01T12:00) or relative to now (-3d, -12h, -30m).</source>
        <translation>Liczby i daty porównuje się operatorami = != &gt; &gt;= &lt; &lt;=; seria liczb porównuje swoją ostatnią wartość albo wskazany agregat. Tekst porównuje się operatorami = != CONTAINS MATCHES, a zbiór tagów operatorem CONTAINS. Wartości logiczne to true lub false. Daty zapisuje się w ISO 8601 (2026-05-01, 2026-05-01T12:00) albo względem chwili obecnej (-3d, -12h, -30m).</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="93"/>
        <source>A run that lacks the field never matches a condition on it, not even !=; ask with NOT ... EXISTS for runs without it. The types a path may name are float, int, bool, string, datetime, stringSet, floatSeries, stringSeries and experimentState.</source>
        <translation>Przebieg bez danego pola nigdy nie spełnia warunku na nim, nawet !=; o przebiegi bez pola pytaj przez NOT ... EXISTS. Ścieżka może wskazać typy float, int, bool, string, datetime, stringSet, floatSeries, stringSeries i experimentState.</translation>
    </message>
</context>
<context>
    <name>nereid::QueryLexer</name>
    <message>
        <location filename="../core/query/querylexer.cpp" line="17"/>
        <source>a closing %1</source>
        <translation>zamykający %1</translation>
    </message>
</context>
<context>
    <name>nereid::RunActions</name>
    <message>
        <location filename="../views/runactions.cpp" line="53"/>
        <source>The edit of %1 could not be saved: %2</source>
        <translation>Nie udało się zapisać zmiany %1: %2</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="92"/>
        <source>%1 could not be changed: %2</source>
        <translation>Nie udało się zmienić %1: %2</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="101"/>
        <source>Add tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="101"/>
        <source>Remove tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="102"/>
        <source>Tag for the selected runs (%1):</source>
        <translation>Tag dla zaznaczonych przebiegów (%1):</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="111"/>
        <source>A tag cannot be empty.</source>
        <translation>Tag nie może być pusty.</translation>
    </message>
</context>
<context>
    <name>nereid::RunCounts</name>
    <message>
        <location filename="../models/runcounts.cpp" line="34"/>
        <source>%L1 of %L2 run</source>
        <translation>%L1 z %L2 przebiegu</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="34"/>
        <source>%L1 of %L2 runs</source>
        <translation>%L1 z %L2 przebiegów</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="36"/>
        <source>%L1 of %L2 model</source>
        <translation>%L1 z %L2 modelu</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="36"/>
        <source>%L1 of %L2 models</source>
        <translation>%L1 z %L2 modeli</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="38"/>
        <source>%L1 of %L2 version</source>
        <translation>%L1 z %L2 wersji</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="38"/>
        <source>%L1 of %L2 versions</source>
        <translation>%L1 z %L2 wersji</translation>
    </message>
</context>
<context>
    <name>nereid::RunEditing</name>
    <message>
        <location filename="../models/runediting.cpp" line="58"/>
        <source>This view cannot edit runs.</source>
        <translation>W tym widoku nie można edytować przebiegów.</translation>
    </message>
</context>
<context>
    <name>nereid::RunEditor</name>
    <message>
        <location filename="../core/cache/runeditor.cpp" line="39"/>
        <source>The cache holds no run %1 to edit.</source>
        <translation>Pamięć podręczna nie zawiera przebiegu %1 do edycji.</translation>
    </message>
    <message>
        <location filename="../core/cache/runeditor.cpp" line="142"/>
        <source>There is no conflict on %1 of run %2.</source>
        <translation>Nie ma konfliktu w %1 przebiegu %2.</translation>
    </message>
</context>
<context>
    <name>nereid::RunEyeHeader</name>
    <message>
        <location filename="../views/runeyeheader.cpp" line="92"/>
        <source>Hidden in the charts: click to show</source>
        <translation>Ukryty na wykresach: kliknij, aby pokazać</translation>
    </message>
    <message>
        <location filename="../views/runeyeheader.cpp" line="93"/>
        <source>Shown in the charts: click to hide</source>
        <translation>Widoczny na wykresach: kliknij, aby ukryć</translation>
    </message>
</context>
<context>
    <name>nereid::RunGroupModel</name>
    <message>
        <location filename="../models/rungroupmodelcells.cpp" line="93"/>
        <source>%1 (%L2 run)</source>
        <translation>%1 (%L2 przebieg)</translation>
    </message>
    <message>
        <location filename="../models/rungroupmodelcells.cpp" line="93"/>
        <source>%1 (%L2 runs)</source>
        <translation>%1 (przebiegi: %L2)</translation>
    </message>
    <message>
        <location filename="../models/rungroupmodelcells.cpp" line="124"/>
        <source>%1 of %L2 run</source>
        <translation>%1 z %L2 przebiegu</translation>
    </message>
    <message>
        <location filename="../models/rungroupmodelcells.cpp" line="124"/>
        <source>%1 of %L2 runs</source>
        <translation>%1 z przebiegów: %L2</translation>
    </message>
</context>
<context>
    <name>nereid::RunInfoDialog</name>
    <message>
        <location filename="../views/runinfodialog.cpp" line="24"/>
        <source>Model version information: %1</source>
        <translation>Informacje o wersji modelu: %1</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="25"/>
        <source>Model information: %1</source>
        <translation>Informacje o modelu: %1</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="26"/>
        <source>Run information: %1</source>
        <translation>Informacje o przebiegu: %1</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="48"/>
        <source>Editable</source>
        <translation>Edytowalne</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="56"/>
        <source>The run failed</source>
        <translation>Przebieg zakończył się niepowodzeniem</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="61"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="62"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="63"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tagi:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="64"/>
        <source>&amp;Group tags:</source>
        <translation>Tagi &amp;grup:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="70"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="71"/>
        <source>Staging</source>
        <translation>Przedprodukcja</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="72"/>
        <source>Production</source>
        <translation>Produkcja</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="73"/>
        <source>Archived</source>
        <translation>Zarchiwizowany</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="75"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="82"/>
        <source>System fields</source>
        <translation>Pola systemowe</translation>
    </message>
</context>
<context>
    <name>nereid::SavedViewsModel</name>
    <message>
        <location filename="../models/savedviewsmodel.cpp" line="60"/>
        <source>%1 (default)</source>
        <comment>a saved view&apos;s name in the list</comment>
        <translation>%1 (domyślny)</translation>
    </message>
    <message>
        <location filename="../models/savedviewsmodel.cpp" line="62"/>
        <source>Opens with the project</source>
        <translation>Otwiera się z projektem</translation>
    </message>
    <message>
        <location filename="../models/savedviewsmodel.cpp" line="107"/>
        <source>The view could not be stored in the cache.</source>
        <translation>Nie udało się zapisać widoku w pamięci podręcznej.</translation>
    </message>
</context>
<context>
    <name>nereid::SavedViewsToolbar</name>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="29"/>
        <source>Saved views</source>
        <translation>Zapisane widoki</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="33"/>
        <source>View&amp;s</source>
        <translation>Wido&amp;ki</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="39"/>
        <source>No saved view</source>
        <translation>Brak zapisanego widoku</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="42"/>
        <source>Saved views of this project: query, columns, sort, grouping and charts (Alt+W)</source>
        <translation>Zapisane widoki tego projektu: zapytanie, kolumny, sortowanie, grupowanie i wykresy (Alt+W)</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="43"/>
        <source>View:</source>
        <translation>Widok:</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="66"/>
        <source>&amp;Choose view</source>
        <translation>&amp;Wybierz widok</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="71"/>
        <source>&amp;Save view</source>
        <translation>&amp;Zapisz widok</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="73"/>
        <source>Save view &amp;as…</source>
        <translation>Zapisz widok &amp;jako…</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="74"/>
        <source>&amp;Rename view…</source>
        <translation>Zmień &amp;nazwę widoku…</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="75"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Usuń widok</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="76"/>
        <source>Delete view</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="77"/>
        <source>Delete the view &quot;%1&quot; for everyone in the project?</source>
        <translation>Usunąć widok „%1” dla wszystkich w projekcie?</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="81"/>
        <source>Set as &amp;default</source>
        <translation>Ustaw jako &amp;domyślny</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="137"/>
        <location filename="../views/savedviewstoolbar.cpp" line="186"/>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Zapisano widok „%1”.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="144"/>
        <source>Name of the view:</source>
        <translation>Nazwa widoku:</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="150"/>
        <source>Replace view</source>
        <translation>Zastąp widok</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="151"/>
        <source>A view named &quot;%1&quot; already exists in this project. Replace it with what the window shows now, for everyone in the project?</source>
        <translation>Widok o nazwie „%1” już istnieje w tym projekcie. Zastąpić go tym, co teraz pokazuje okno, dla wszystkich w projekcie?</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="156"/>
        <source>&amp;Replace</source>
        <translation>&amp;Zastąp</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="157"/>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="170"/>
        <source>Save view as</source>
        <translation>Zapisz widok jako</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="175"/>
        <source>&quot;%1&quot; cannot name a view: use up to 200 characters, no slash, no leading or trailing spaces.</source>
        <translation>„%1” nie może być nazwą widoku: użyj do 200 znaków, bez ukośnika i bez spacji na początku lub końcu.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="195"/>
        <source>Rename view</source>
        <translation>Zmień nazwę widoku</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="199"/>
        <source>The view cannot be renamed to &quot;%1&quot;: the name is taken or not allowed.</source>
        <translation>Nie można zmienić nazwy widoku na „%1”: nazwa jest zajęta lub niedozwolona.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="221"/>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>Usunięto widok „%1”.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="231"/>
        <source>&quot;%1&quot; now opens with the project.</source>
        <translation>„%1” otwiera się teraz z projektem.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="242"/>
        <source>Saved view changed by someone else</source>
        <translation>Zapisany widok zmieniony przez kogoś innego</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="243"/>
        <source>Someone else saved the view &quot;%1&quot; before your change reached the server. Keep your version or theirs?</source>
        <translation>Ktoś inny zapisał widok „%1”, zanim Twoja zmiana dotarła do serwera. Zachować Twoją wersję czy ich?</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="248"/>
        <source>Keep &amp;mine</source>
        <translation>Zachowaj &amp;moją</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="249"/>
        <source>Keep &amp;theirs</source>
        <translation>Zachowaj &amp;ich</translation>
    </message>
</context>
<context>
    <name>nereid::ScatterPlot</name>
    <message>
        <location filename="../views/scatterplot.cpp" line="162"/>
        <source>Choose the columns across and up.</source>
        <translation>Wybierz kolumny w poziomie i w pionie.</translation>
    </message>
    <message>
        <location filename="../views/scatterplotinput.cpp" line="47"/>
        <location filename="../views/scatterplotinput.cpp" line="53"/>
        <source> (log)</source>
        <translation> (log)</translation>
    </message>
    <message>
        <location filename="../views/scatterplotinput.cpp" line="115"/>
        <source>%1
%2: %3
%4: %5</source>
        <translation>%1
%2: %3
%4: %5</translation>
    </message>
</context>
<context>
    <name>nereid::ScatterPlotDock</name>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="31"/>
        <source>Scatter plot</source>
        <translation>Wykres punktowy</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="43"/>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="45"/>
        <source>Lo&amp;g</source>
        <translation>Lo&amp;g</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="48"/>
        <source>Ac&amp;ross:</source>
        <translation>W &amp;poziomie:</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="52"/>
        <source>&amp;Up:</source>
        <translation>W p&amp;ionie:</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="56"/>
        <source>Colour &amp;by:</source>
        <translation>Koloruj &amp;według:</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="59"/>
        <source>Click a point to select its run; drag a rectangle, or Ctrl+drag a lasso, to select the runs inside.</source>
        <translation>Kliknij punkt, aby zaznaczyć jego przebieg; przeciągnij prostokąt lub z Ctrl lasso, aby zaznaczyć przebiegi wewnątrz.</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="123"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
</context>
<context>
    <name>nereid::SeriesFetcher</name>
    <message>
        <location filename="../core/sync/seriesfetcher.cpp" line="32"/>
        <source>Run %1 has no float series %2.</source>
        <translation>Przebieg %1 nie ma serii liczb zmiennoprzecinkowych %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/seriesfetcher.cpp" line="113"/>
        <source>the buckets of %1 cannot be read.</source>
        <translation>nie można odczytać przedziałów %1.</translation>
    </message>
</context>
<context>
    <name>nereid::ShortcutsDialog</name>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="56"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="56"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="108"/>
        <source>Charts › Go to the next or previous chart or section</source>
        <translation>Wykresy › Następny lub poprzedni wykres albo sekcja</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="110"/>
        <source>Charts › Fold or unfold the focused section</source>
        <translation>Wykresy › Zwiń lub rozwiń wybraną sekcję</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="111"/>
        <source>Charts › A chart&apos;s actions (move, size)</source>
        <translation>Wykresy › Działania wykresu (przesuwanie, rozmiar)</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="112"/>
        <source>Filter box › Clear the filter</source>
        <translation>Pole filtra › Wyczyść filtr</translation>
    </message>
</context>
<context>
    <name>nereid::StringLogModel</name>
    <message>
        <location filename="../models/stringlogmodel.cpp" line="78"/>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <location filename="../models/stringlogmodel.cpp" line="80"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../models/stringlogmodel.cpp" line="82"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../models/stringlogmodel.cpp" line="84"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>nereid::StringLogReader</name>
    <message>
        <location filename="../models/stringlogreader.cpp" line="91"/>
        <source>The log %1 of run %2 could not be read: %3</source>
        <translation>Nie udało się odczytać dziennika %1 przebiegu %2: %3</translation>
    </message>
</context>
<context>
    <name>nereid::StringSeriesLog</name>
    <message>
        <location filename="../views/stringserieslog.cpp" line="31"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../views/stringserieslog.cpp" line="32"/>
        <source>Remove this log</source>
        <translation>Usuń ten dziennik</translation>
    </message>
    <message>
        <location filename="../views/stringserieslog.cpp" line="87"/>
        <source>No line of this log is in the cache; connect to the server to read it.</source>
        <translation>Żadnego wiersza tego dziennika nie ma w pamięci podręcznej; połącz się z serwerem, aby go odczytać.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringserieslog.cpp" line="89"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/stringserieslog.cpp" line="85"/>
        <source>Reading the log…</source>
        <translation>Odczytywanie dziennika…</translation>
    </message>
</context>
<context>
    <name>nereid::SyncStatusBar</name>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="44"/>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="44"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="48"/>
        <source>Last error: %1</source>
        <translation>Ostatni błąd: %1</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="74"/>
        <source>Reading runs from the cache: %L1 of %L2…</source>
        <translation>Odczyt przebiegów z pamięci podręcznej: %L1 z %L2…</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="87"/>
        <source>Edits waiting to be sent: %1</source>
        <translation>Zmiany czekające na wysłanie: %1</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="88"/>
        <source>Edits made here that the server does not have yet; they are sent when it can be reached.</source>
        <translation>Zmiany wprowadzone tutaj, których serwer jeszcze nie ma; zostaną wysłane, gdy będzie osiągalny.</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="89"/>
        <source>Conflicts: %1</source>
        <translation>Konflikty: %1</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="90"/>
        <source>Edits the server refused because someone changed the field first: open Run information on the run to keep yours or the server&apos;s.</source>
        <translation>Zmiany odrzucone przez serwer, bo ktoś wcześniej zmienił pole: otwórz informacje o przebiegu, aby zachować swoją wersję lub wersję serwera.</translation>
    </message>
</context>
<context>
    <name>nereid::SysCatalogue</name>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="14"/>
        <source>Identifier of the run: the project key and a number (CLS-3)</source>
        <translation>Identyfikator przebiegu: klucz projektu i numer (CLS-3)</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="15"/>
        <source>Custom run identifier supplied when the run was created</source>
        <translation>Własny identyfikator podany przy tworzeniu przebiegu</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="16"/>
        <source>Name of the run</source>
        <translation>Nazwa przebiegu</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="17"/>
        <source>When the run was created</source>
        <translation>Kiedy utworzono przebieg</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="18"/>
        <source>Name of the account that created the run</source>
        <translation>Nazwa konta, które utworzyło przebieg</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="19"/>
        <source>Tags applied to the run</source>
        <translation>Tagi przypisane do przebiegu</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="20"/>
        <source>Group tags applied to the run</source>
        <translation>Tagi grup przypisane do przebiegu</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="21"/>
        <source>Description of the run</source>
        <translation>Opis przebiegu</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="22"/>
        <source>Total running time of the run in seconds, across resumes</source>
        <translation>Łączny czas trwania przebiegu w sekundach, łącznie ze wznowieniami</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="23"/>
        <source>When the run was last modified</source>
        <translation>Kiedy przebieg ostatnio zmieniono</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="24"/>
        <source>Last interaction with the logging client</source>
        <translation>Ostatnia interakcja z klientem rejestrującym</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="25"/>
        <source>Whether the run is active or inactive</source>
        <translation>Czy przebieg jest aktywny, czy nieaktywny</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="26"/>
        <source>Whether the run failed</source>
        <translation>Czy przebieg zakończył się niepowodzeniem</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="27"/>
        <source>Size of the run&apos;s metadata in bytes</source>
        <translation>Rozmiar metadanych przebiegu w bajtach</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="28"/>
        <source>System host where the run was created</source>
        <translation>Host, na którym utworzono przebieg</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="29"/>
        <source>Whether the run is in the trash</source>
        <translation>Czy przebieg jest w koszu</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="30"/>
        <source>Identifier of the parent model (model versions only)</source>
        <translation>Identyfikator modelu nadrzędnego (tylko wersje modeli)</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="31"/>
        <source>Stage of the model version (model versions only)</source>
        <translation>Etap wersji modelu (tylko wersje modeli)</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="32"/>
        <source>Total monitoring time used by the run in seconds</source>
        <translation>Łączny czas monitorowania wykorzystany przez przebieg w sekundach</translation>
    </message>
</context>
<context>
    <name>nereid::TagListEdit</name>
    <message>
        <location filename="../views/taglistedit.cpp" line="22"/>
        <source>New tag</source>
        <translation>Nowy tag</translation>
    </message>
    <message>
        <location filename="../views/taglistedit.cpp" line="26"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../views/taglistedit.cpp" line="28"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>nereid::ThumbnailCache</name>
    <message>
        <location filename="../models/thumbnailcache.cpp" line="103"/>
        <source>The image cannot be read.</source>
        <translation>Nie można odczytać obrazu.</translation>
    </message>
</context>
<context>
    <name>nereid::ViewEditor</name>
    <message>
        <location filename="../core/cache/vieweditor.cpp" line="67"/>
        <location filename="../core/cache/vieweditor.cpp" line="93"/>
        <source>There is no view &quot;%1&quot; in %2.</source>
        <translation>W %2 nie ma widoku „%1”.</translation>
    </message>
    <message>
        <location filename="../core/cache/vieweditor.cpp" line="80"/>
        <source>The view &quot;%1&quot; cannot be renamed to &quot;%2&quot;.</source>
        <translation>Nie można zmienić nazwy widoku „%1” na „%2”.</translation>
    </message>
    <message>
        <location filename="../core/cache/vieweditor.cpp" line="112"/>
        <source>There is no conflict on the view &quot;%1&quot;.</source>
        <translation>Nie ma konfliktu dla widoku „%1”.</translation>
    </message>
</context>
<context>
    <name>nereid::ViewPuller</name>
    <message>
        <location filename="../core/sync/viewpuller.cpp" line="46"/>
        <source>the saved views of %1 could not be cached.</source>
        <translation>nie udało się zapisać w pamięci podręcznej zapisanych widoków %1.</translation>
    </message>
</context>
<context>
    <name>nereid::ViewPusher</name>
    <message>
        <location filename="../core/sync/viewpusher.cpp" line="73"/>
        <source>the server&apos;s answer to a saved view has no name or revision.</source>
        <translation>odpowiedź serwera dotycząca zapisanego widoku nie ma nazwy ani rewizji.</translation>
    </message>
</context>
<context>
    <name>nereid::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="18"/>
        <source>&amp;Copy a Python example</source>
        <translation>&amp;Kopiuj przykład w Pythonie</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="19"/>
        <source>Open the &amp;demo project</source>
        <translation>Otwórz projekt &amp;demonstracyjny</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="20"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="41"/>
        <source>Welcome to Nereid</source>
        <translation>Witaj w Nereid</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="46"/>
        <source>Log runs from your training scripts with the Python client, then browse, edit and compare them here. The example sets the server&apos;s address and token for the script and logs a parameter and a curve.</source>
        <translation>Zapisuj przebiegi ze skryptów treningowych klientem Pythona, a potem przeglądaj, edytuj i porównuj je tutaj. Przykład przekazuje skryptowi adres i token serwera oraz zapisuje parametr i krzywą.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="82"/>
        <source>Your private server runs at %1. It keeps its runs on this computer.</source>
        <translation>Twój prywatny serwer działa pod adresem %1. Przechowuje przebiegi na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="83"/>
        <source>Connected to %1.</source>
        <translation>Połączono z %1.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="114"/>
        <source>Copied: paste the first line into a terminal and the rest into train.py.</source>
        <translation>Skopiowano: wklej pierwszy wiersz do terminala, a resztę do train.py.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="122"/>
        <source>Writing the demo runs: %1 of %2</source>
        <translation>Zapisywanie przebiegów demonstracyjnych: %1 z %2</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="130"/>
        <source>The demo project could not be written: %1</source>
        <translation>Nie udało się zapisać projektu demonstracyjnego: %1</translation>
    </message>
</context>
</TS>
