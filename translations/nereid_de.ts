<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="38"/>
        <source>Nereid: explore the runs of your machine-learning projects.</source>
        <translation>Nereid: Erkunden Sie die Läufe Ihrer Machine-Learning-Projekte.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="27"/>
        <source>Connect to the nereid-server at URL instead of a private local one.</source>
        <translation>Mit dem nereid-server unter URL verbinden statt mit einem privaten lokalen.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="28"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="30"/>
        <source>Read the API token for --server from FILE.</source>
        <translation>Das API-Token für --server aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="31"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="32"/>
        <source>Open PROJECT (workspace/project).</source>
        <translation>PROJEKT öffnen (Arbeitsbereich/Projekt).</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="33"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="51"/>
        <source>--server needs an http or https URL, not &quot;%1&quot;.</source>
        <translation>--server braucht eine http- oder https-URL, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="53"/>
        <source>--server needs --token-file with the API token.</source>
        <translation>--server braucht --token-file mit dem API-Token.</translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="56"/>
        <source>--token-file goes with --server.</source>
        <translation>--token-file gehört zu --server.</translation>
    </message>
</context>
<context>
    <name>BinaryPoints</name>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="48"/>
        <source>it has %1 bytes, fewer than the %2 of its header</source>
        <translation>sie hat %1 Bytes, weniger als die %2 ihres Kopfes</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="51"/>
        <source>it does not start with %1</source>
        <translation>sie beginnt nicht mit %1</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="53"/>
        <source>it is of version %1; this program reads version %2</source>
        <translation>sie hat die Version %1; dieses Programm liest Version %2</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="56"/>
        <source>it has flags this program does not know (%1)</source>
        <translation>sie hat Flags, die dieses Programm nicht kennt (%1)</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="62"/>
        <source>it holds %1 bytes of points where its header announces %2 points</source>
        <translation>sie enthält %1 Bytes an Punkten, wo ihr Kopf %2 Punkte ankündigt</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="74"/>
        <source>its step %1 (point %2) does not follow the one before</source>
        <translation>ihr Schritt %1 (Punkt %2) folgt nicht auf den vorherigen</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="76"/>
        <source>its point %1 has no finite timestamp</source>
        <translation>ihr Punkt %1 hat keinen endlichen Zeitstempel</translation>
    </message>
    <message>
        <location filename="../core/domain/binarypoints.cpp" line="82"/>
        <source>its next step %1 does not follow its last point</source>
        <translation>ihr nächster Schritt %1 folgt nicht auf ihren letzten Punkt</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="60"/>
        <source>The cache %1 cannot be opened.</source>
        <translation>Der Cache %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="73"/>
        <location filename="../core/cache/cachedatabase.cpp" line="114"/>
        <source>The cache cannot prepare a statement.</source>
        <translation>Der Cache kann eine Anweisung nicht vorbereiten.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="82"/>
        <location filename="../core/cache/cachedatabase.cpp" line="89"/>
        <location filename="../core/cache/cachedatabase.cpp" line="124"/>
        <source>The cache could not be read or written.</source>
        <translation>Der Cache konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="96"/>
        <source>The cache could not be read.</source>
        <translation>Der Cache konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="105"/>
        <source>The cache&apos;s database driver is not SQLite.</source>
        <translation>Der Datenbanktreiber des Caches ist nicht SQLite.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="156"/>
        <source>The cache cannot start a transaction.</source>
        <translation>Der Cache kann keine Transaktion beginnen.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachedatabase.cpp" line="164"/>
        <source>The change could not be stored in the cache.</source>
        <translation>Die Änderung konnte nicht im Cache gespeichert werden.</translation>
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
        <translation>Der Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/cache/sqlitestatement.cpp" line="109"/>
        <source>The cache could not be read (%1: %2).</source>
        <translation>Der Cache konnte nicht gelesen werden (%1: %2).</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <location filename="../core/cache/cacherecovery.cpp" line="22"/>
        <source>The damaged cache %1 cannot be moved aside.</source>
        <translation>Der beschädigte Cache %1 kann nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <location filename="../core/cache/cacheschema.cpp" line="91"/>
        <source>This cache was written by a newer version of Nereid (cache format %1; this version reads up to format %2). It was left untouched: use the newer Nereid, or choose another cache folder.</source>
        <translation>Dieser Cache wurde von einer neueren Nereid-Version geschrieben (Cache-Format %1; diese Version liest bis Format %2). Er bleibt unverändert: Verwenden Sie die neuere Nereid-Version oder wählen Sie einen anderen Cache-Ordner.</translation>
    </message>
    <message>
        <location filename="../core/cache/cacheschema.cpp" line="108"/>
        <source>The cache file is damaged (%1).</source>
        <translation>Die Cache-Datei ist beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>CommandTarget</name>
    <message>
        <location filename="../app/commandtarget.cpp" line="14"/>
        <source>the token file %1 cannot be read: %2</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commandtarget.cpp" line="23"/>
        <source>the private server cannot start: %1</source>
        <translation>der private Server kann nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/exporters/csvwriter.cpp" line="73"/>
        <source>%1: a %2 field (the CSV holds no files; export as jsonl or mlflow for them)</source>
        <translation>%1: ein Feld vom Typ %2 (die CSV enthält keine Dateien; exportieren Sie dafür als jsonl oder mlflow)</translation>
    </message>
</context>
<context>
    <name>DashboardState</name>
    <message>
        <location filename="../views/dashboardstate.cpp" line="164"/>
        <source>The dashboard is of an unknown version.</source>
        <translation>Das Dashboard hat eine unbekannte Version.</translation>
    </message>
    <message>
        <location filename="../views/dashboardstate.cpp" line="166"/>
        <source>The dashboard has no list of cards.</source>
        <translation>Das Dashboard hat keine Liste von Karten.</translation>
    </message>
    <message>
        <location filename="../views/dashboardstate.cpp" line="177"/>
        <source>A card of the dashboard has no series path.</source>
        <translation>Eine Karte des Dashboards hat keinen Serienpfad.</translation>
    </message>
</context>
<context>
    <name>ExportBlobs</name>
    <message>
        <location filename="../core/exporters/exportblobs.cpp" line="28"/>
        <source>the folder of %1 cannot be made</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/exporters/exportblobs.cpp" line="33"/>
        <location filename="../core/exporters/exportblobs.cpp" line="40"/>
        <location filename="../core/exporters/exportblobs.cpp" line="61"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/exporters/exportblobs.cpp" line="50"/>
        <source>the file %1 (blob %2) was not written: %3</source>
        <translation>die Datei %1 (Blob %2) wurde nicht geschrieben: %3</translation>
    </message>
    <message>
        <location filename="../core/exporters/exportblobs.cpp" line="54"/>
        <source>the server sent %1 byte(s) for the blob %2 of %3 byte(s), or other bytes than its SHA-256 names</source>
        <translation>der Server hat für den Blob %2 mit %3 Bytes %1 Bytes gesendet oder andere Bytes als die, die sein SHA-256 nennt</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/exportcommand.cpp" line="32"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="34"/>
        <source>%1 is not empty (an export writes into a new or empty folder)</source>
        <translation>%1 ist nicht leer (ein Export schreibt in einen neuen oder leeren Ordner)</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="36"/>
        <source>the folder %1 cannot be made or written to</source>
        <translation>der Ordner %1 kann nicht angelegt oder beschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="52"/>
        <source>Exports every run of a Nereid project into a folder.</source>
        <translation>Exportiert jeden Lauf eines Nereid-Projekts in einen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="54"/>
        <source>Export PROJECT (workspace/project).</source>
        <translation>PROJEKT (Arbeitsbereich/Projekt) exportieren.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="55"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="56"/>
        <source>jsonl, csv or mlflow.</source>
        <translation>jsonl, csv oder mlflow.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="56"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="58"/>
        <source>Export from the nereid-server at URL instead of the private local one.</source>
        <translation>Vom nereid-server unter URL statt vom privaten lokalen exportieren.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="59"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="60"/>
        <source>Read the API token for --server from FILE.</source>
        <translation>Das API-Token für --server aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="61"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="63"/>
        <source>The export command.</source>
        <translation>Der Befehl export.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="64"/>
        <source>A new or empty folder to write into.</source>
        <translation>Ein neuer oder leerer Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="75"/>
        <source>Usage: nereid export --project WORKSPACE/PROJECT --format jsonl|csv|mlflow FOLDER [--server URL --token-file FILE]
</source>
        <translation>Aufruf: nereid export --project ARBEITSBEREICH/PROJEKT --format jsonl|csv|mlflow ORDNER [--server URL --token-file DATEI]
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
        <translation>%1 wird geschrieben: %2 von %3 Bytes</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="115"/>
        <source>%1: not exported: %2
</source>
        <translation>%1: nicht exportiert: %2
</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="117"/>
        <source>%1 (%2): FAILED: %3
</source>
        <translation>%1 (%2): FEHLGESCHLAGEN: %3
</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="118"/>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="118"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
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
            <numerusform>%1	%2	%3	%n Punkt
</numerusform>
            <numerusform>%1	%2	%3	%n Punkte
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="137"/>
        <source>not exported: %1 model(s) and model version(s): the %2 format holds runs only
</source>
        <translation>nicht exportiert: %1 Modelle und Modellversionen: das Format %2 enthält nur Läufe
</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="140"/>
        <source>%1 of %2 object(s) exported, %3 point(s) and %4 file(s) of %5 byte(s) written, %6 failed.
</source>
        <translation>%1 von %2 Objekten exportiert, %3 Punkte und %4 Dateien mit %5 Bytes geschrieben, %6 fehlgeschlagen.
</translation>
    </message>
</context>
<context>
    <name>ExportSeriesReader</name>
    <message>
        <location filename="../core/exporters/exportseriesreader.cpp" line="32"/>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <location filename="../core/exporters/exportwriter.cpp" line="30"/>
        <source>the folder of %1 cannot be made</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/exporters/exportwriter.cpp" line="34"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FieldFormat</name>
    <message>
        <location filename="../models/fieldformat.cpp" line="71"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="71"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="96"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="97"/>
        <source>%1 file</source>
        <comment>a file without a name: its extension</comment>
        <translation>%1-Datei</translation>
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
        <translation>1 Datei · %1</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="107"/>
        <source>%1 files · %2</source>
        <comment>file set: count · size</comment>
        <translation>%1 Dateien · %2</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="128"/>
        <source>(no points)</source>
        <translation>(keine Punkte)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="131"/>
        <source>1 file (last: %1)</source>
        <comment>file series: count, last file</comment>
        <translation>1 Datei (zuletzt: %1)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="132"/>
        <source>%1 files (last: %2)</source>
        <comment>file series: count, last file</comment>
        <translation>%1 Dateien (zuletzt: %2)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="137"/>
        <source>%1 (1 point)</source>
        <comment>series: last value (point count)</comment>
        <translation>%1 (1 Punkt)</translation>
    </message>
    <message>
        <location filename="../models/fieldformat.cpp" line="138"/>
        <source>%1 (%2 points)</source>
        <comment>series: last value (point count)</comment>
        <translation>%1 (%2 Punkte)</translation>
    </message>
</context>
<context>
    <name>FieldPath</name>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="24"/>
        <source>The field path is empty.</source>
        <translation>Der Feldpfad ist leer.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="26"/>
        <source>The field path &quot;%1&quot; is not valid Unicode.</source>
        <translation>Der Feldpfad „%1“ ist kein gültiges Unicode.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="29"/>
        <source>The field path &quot;%1…&quot; is %2 bytes long; at most %3 are allowed.</source>
        <translation>Der Feldpfad „%1…“ ist %2 Bytes lang; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="35"/>
        <source>The field path &quot;%1&quot; contains a control character (U+%2).</source>
        <translation>Der Feldpfad „%1“ enthält ein Steuerzeichen (U+%2).</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="42"/>
        <source>The field path &quot;%1&quot; has an empty namespace or name (a leading, trailing or doubled &apos;/&apos;).</source>
        <translation>Der Feldpfad „%1“ hat einen leeren Namensraum oder Namen (ein „/“ am Anfang, am Ende oder doppelt).</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="47"/>
        <source>The field path &quot;%1&quot; has a name that starts or ends with a space: &quot;%2&quot;.</source>
        <translation>Der Feldpfad „%1“ hat einen Namen, der mit einem Leerzeichen beginnt oder endet: „%2“.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldpath.cpp" line="57"/>
        <source>The field path is not valid UTF-8.</source>
        <translation>Der Feldpfad ist kein gültiges UTF-8.</translation>
    </message>
</context>
<context>
    <name>FieldRecord</name>
    <message>
        <location filename="../core/domain/fieldrecord.cpp" line="24"/>
        <source>The server sent field %1 in a form the cache cannot read: %2</source>
        <translation>Der Server hat das Feld %1 in einer Form gesendet, die der Cache nicht lesen kann: %2</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldrecord.cpp" line="36"/>
        <source>unknown type &quot;%1&quot;.</source>
        <translation>unbekannter Typ „%1“.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldrecord.cpp" line="47"/>
        <source>the point count is missing.</source>
        <translation>die Anzahl der Punkte fehlt.</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="45"/>
        <source>The string for %1 is %2 bytes long; at most %3 are allowed.</source>
        <translation>Die Zeichenkette für %1 ist %2 Bytes lang; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="69"/>
        <source>The value of the artifact %1 must be {&quot;hash&quot;, &quot;count&quot;, &quot;size&quot;}.</source>
        <translation>Der Wert des Artefakts %1 muss {&quot;hash&quot;, &quot;count&quot;, &quot;size&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="70"/>
        <source>The value of the file set %1 must be {&quot;count&quot;, &quot;size&quot;}.</source>
        <translation>Der Wert der Dateimenge %1 muss {&quot;count&quot;, &quot;size&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="88"/>
        <source>The value for %1 must be %2, not %3.</source>
        <translation>Der Wert für %1 muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="93"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="95"/>
        <source>The value for %1 must be a finite number.</source>
        <translation>Der Wert für %1 muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="100"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="101"/>
        <source>The integer for %1 is outside ±2^53.</source>
        <translation>Die ganze Zahl für %1 liegt außerhalb von ±2^53.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="112"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="116"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="123"/>
        <source>an ISO 8601 date and time</source>
        <translation>ein Zeitpunkt nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="128"/>
        <source>an array of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="132"/>
        <source>Every item of %1 must be a string, not %2.</source>
        <translation>Jedes Element von %1 muss eine Zeichenkette sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldvalue.cpp" line="154"/>
        <source>%1 is a series: append points to it instead of assigning a value.</source>
        <translation>%1 ist eine Reihe: Hängen Sie Punkte an, statt einen Wert zuzuweisen.</translation>
    </message>
</context>
<context>
    <name>FileRef</name>
    <message>
        <location filename="../core/domain/fileref.cpp" line="41"/>
        <source>The value for %1 must be a file object (hash, size, name, extension, mime).</source>
        <translation>Der Wert für %1 muss ein Dateiobjekt sein (hash, size, name, extension, mime).</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="47"/>
        <source>The file of %1 needs a &quot;hash&quot; of 64 lowercase hexadecimal digits (its SHA-256).</source>
        <translation>Die Datei von %1 braucht einen &quot;hash&quot; aus 64 kleinen Hexadezimalziffern (ihr SHA-256).</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="51"/>
        <source>The file of %1 needs a &quot;size&quot;: its byte count, an integer of at least 0.</source>
        <translation>Die Datei von %1 braucht eine &quot;size&quot;: ihre Byteanzahl, eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="55"/>
        <source>The &quot;name&quot; of the file of %1 must be a string of at most %2 bytes without &quot;/&quot;.</source>
        <translation>Der &quot;name&quot; der Datei von %1 muss eine Zeichenkette von höchstens %2 Bytes ohne &quot;/&quot; sein.</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="61"/>
        <source>The &quot;extension&quot; of the file of %1 must be a string of at most %2 bytes, without &quot;/&quot; and not starting with &quot;.&quot;.</source>
        <translation>Die &quot;extension&quot; der Datei von %1 muss eine Zeichenkette von höchstens %2 Bytes sein, ohne &quot;/&quot; und nicht mit &quot;.&quot; beginnend.</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="71"/>
        <source>The &quot;mime&quot; of the file of %1 must be a media type such as image/png.</source>
        <translation>Der &quot;mime&quot; der Datei von %1 muss ein Medientyp wie image/png sein.</translation>
    </message>
    <message>
        <location filename="../core/domain/fileref.cpp" line="76"/>
        <source>The &quot;description&quot; of the file of %1 must be a string of at most %2 bytes.</source>
        <translation>Die &quot;description&quot; der Datei von %1 muss eine Zeichenkette von höchstens %2 Bytes sein.</translation>
    </message>
</context>
<context>
    <name>FlatYaml</name>
    <message>
        <location filename="../core/importers/flatyaml.cpp" line="30"/>
        <source>line %1 is not a &quot;key: value&quot; line</source>
        <translation>Zeile %1 ist keine Zeile der Form „Schlüssel: Wert“</translation>
    </message>
</context>
<context>
    <name>ImportBlobs</name>
    <message>
        <location filename="../core/importers/importblobs.cpp" line="24"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/importclient.cpp" line="53"/>
        <source>The server refused %1 %2 (%3): %4</source>
        <translation>Der Server hat %1 %2 abgelehnt (%3): %4</translation>
    </message>
    <message>
        <location filename="../core/importers/importclient.cpp" line="144"/>
        <source>its bytes are not the file it should be (their SHA-256 is not %1)</source>
        <translation>die Bytes sind nicht die erwartete Datei (ihr SHA-256 ist nicht %1)</translation>
    </message>
    <message>
        <location filename="../core/importers/importclienttransfer.cpp" line="25"/>
        <source>the file to upload cannot be read again: %1</source>
        <translation>die hochzuladende Datei kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/importers/importclienttransfer.cpp" line="65"/>
        <source>%1 %2 broke off: %3</source>
        <translation>%1 %2 wurde unterbrochen: %3</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="36"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="38"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="40"/>
        <source>skipped (imported already)</source>
        <translation>übersprungen (bereits importiert)</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="44"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="57"/>
        <source>Imports runs into a Nereid project.</source>
        <translation>Importiert Läufe in ein Nereid-Projekt.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="59"/>
        <source>Import into PROJECT (workspace/project).</source>
        <translation>In PROJEKT (Arbeitsbereich/Projekt) importieren.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="60"/>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="62"/>
        <source>Import into the nereid-server at URL instead of the private local one.</source>
        <translation>In den nereid-server unter URL statt in den privaten lokalen importieren.</translation>
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
        <translation>Das API-Token für --server aus DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="65"/>
        <location filename="../app/importcommand.cpp" line="71"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="67"/>
        <source>Import from the MLflow tracking server at URL (instead of PATH).</source>
        <translation>Vom MLflow-Tracking-Server unter URL importieren (statt aus PFAD).</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="71"/>
        <source>Send the token in FILE to the MLflow tracking server (as MLFLOW_TRACKING_TOKEN is sent).</source>
        <translation>Das Token aus DATEI an den MLflow-Tracking-Server senden (so wie MLFLOW_TRACKING_TOKEN gesendet wird).</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="73"/>
        <source>The import command.</source>
        <translation>Der Importbefehl.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="75"/>
        <source>The kind of source: mlflow, tensorboard, neptune-queue or jsonl.</source>
        <translation>Die Art der Quelle: mlflow, tensorboard, neptune-queue oder jsonl.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="164"/>
        <source>%1: renamed: %2
</source>
        <translation>%1: umbenannt: %2
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="166"/>
        <source>%1: not imported: %2
</source>
        <translation>%1: nicht importiert: %2
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
            <numerusform>%1: %n beschädigter Datensatz übersprungen (eine falsche Prüfsumme oder kein Ereignis)
</numerusform>
            <numerusform>%1: %n beschädigte Datensätze übersprungen (eine falsche Prüfsumme oder kein Ereignis)
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
            <numerusform>%1	%2	%3	%n Punkt
</numerusform>
            <numerusform>%1	%2	%3	%n Punkte
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
        <translation>Ein MLflow-Dateispeicher (ein mlruns-Ordner), SQL-Speicher (eine SQLite-Datei mlflow.db) oder Tracking-Server (http://HOST:PORT); ein TensorBoard-Log-Ordner; ein .neptune-Ordner (oder der Ordner, der ihn enthält); die runs.jsonl eines `nereid export --format jsonl`.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="98"/>
        <source>Usage: nereid import mlflow|tensorboard|neptune-queue|jsonl PATH --project WORKSPACE/PROJECT [--server URL --token-file FILE]
       nereid import mlflow --mlflow-uri URL --project WORKSPACE/PROJECT [--mlflow-token-file FILE] [--server URL --token-file FILE]
</source>
        <translation>Aufruf: nereid import mlflow|tensorboard|neptune-queue|jsonl PFAD --project ARBEITSBEREICH/PROJEKT [--server URL --token-file DATEI]
        nereid import mlflow --mlflow-uri URL --project ARBEITSBEREICH/PROJEKT [--mlflow-token-file DATEI] [--server URL --token-file DATEI]
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="117"/>
        <source>nereid import: the MLflow token file %1 cannot be read: %2
</source>
        <translation>nereid import: die MLflow-Token-Datei %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="147"/>
        <source>uploading a file: %1 of %2 byte(s)</source>
        <translation>Datei wird hochgeladen: %1 von %2 Bytes</translation>
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
        <translation>%1 von %2 Läufen importiert, %3 Punkte geschrieben, %4 fehlgeschlagen.
</translation>
    </message>
</context>
<context>
    <name>JsonlFiles</name>
    <message>
        <location filename="../core/importers/jsonlfiles.cpp" line="88"/>
        <source>the file &quot;%1&quot; is not inside the export&apos;s folder</source>
        <translation>die Datei „%1“ liegt nicht im Ordner des Exports</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlfiles.cpp" line="94"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlfiles.cpp" line="99"/>
        <source>%1 has %2 byte(s), not the %3 its field names</source>
        <translation>%1 hat %2 Bytes, nicht die %3, die das zugehörige Feld nennt</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="83"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="84"/>
        <source>%1, line %2 is not a JSON object: %3</source>
        <translation>%1, Zeile %2 ist kein JSON-Objekt: %3</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="87"/>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="133"/>
        <source>an object of the kind &quot;%1&quot;, which Nereid does not import</source>
        <translation>ein Objekt der Art „%1“, die Nereid nicht importiert</translation>
    </message>
    <message>
        <location filename="../core/importers/jsonlimporter.cpp" line="192"/>
        <source>%1: the steps, values and timestamps are not of the same length</source>
        <translation>%1: Schritte, Werte und Zeitstempel sind nicht gleich lang</translation>
    </message>
</context>
<context>
    <name>JsonlModels</name>
    <message>
        <location filename="../core/importers/jsonlmodels.cpp" line="99"/>
        <source>its model %1 is not in the file before it (or could not be imported)</source>
        <translation>das zugehörige Modell %1 steht in der Datei nicht davor (oder konnte nicht importiert werden)</translation>
    </message>
</context>
<context>
    <name>JsonlWriter</name>
    <message>
        <location filename="../core/exporters/jsonlwriter.cpp" line="40"/>
        <location filename="../core/exporters/jsonlwriter.cpp" line="68"/>
        <location filename="../core/exporters/jsonlwriter.cpp" line="77"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <location filename="../app/localserver.cpp" line="41"/>
        <source>nereid-server was found neither next to nereid nor on the PATH.</source>
        <translation>nereid-server wurde weder neben nereid noch im PATH gefunden.</translation>
    </message>
    <message>
        <location filename="../app/localserver.cpp" line="66"/>
        <source>The local nereid-server (%1) did not start: %2</source>
        <translation>Der lokale nereid-server (%1) ist nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../app/localserver.cpp" line="67"/>
        <source>it gave no address in time.</source>
        <translation>er hat nicht rechtzeitig eine Adresse genannt.</translation>
    </message>
    <message>
        <location filename="../app/localserver.cpp" line="89"/>
        <source>Cannot read the local server&apos;s token in %1: %2</source>
        <translation>Das Token des lokalen Servers in %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MlflowArtifactFiles</name>
    <message>
        <location filename="../core/importers/mlflowartifactfiles.cpp" line="23"/>
        <source>the artifact %1 cannot be read: it is gone or no regular file</source>
        <translation>das Artefakt %1 kann nicht gelesen werden: es fehlt oder ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowartifactfiles.cpp" line="27"/>
        <source>the artifact %1 cannot be read: %2</source>
        <translation>das Artefakt %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MlflowExportMapping</name>
    <message>
        <location filename="../core/exporters/mlflowexportmapping.cpp" line="81"/>
        <source>%1: the record of an MLflow artifact (a string, not the file)</source>
        <translation>%1: der Eintrag eines MLflow-Artefakts (eine Zeichenkette, nicht die Datei)</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowexportmapping.cpp" line="82"/>
        <source>%1: no MLflow key can hold this path</source>
        <translation>%1: kein MLflow-Schlüssel kann diesen Pfad aufnehmen</translation>
    </message>
</context>
<context>
    <name>MlflowFileStore</name>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="49"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="69"/>
        <source>the experiment&apos;s %1: %2</source>
        <translation>die Datei %1 des Experiments: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="74"/>
        <source>%1 holds no MLflow experiment (no &lt;id&gt;/meta.yaml)</source>
        <translation>%1 enthält kein MLflow-Experiment (kein &lt;id&gt;/meta.yaml)</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="90"/>
        <location filename="../core/importers/mlflowfilestore.cpp" line="114"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="94"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="98"/>
        <source>%1 names no run_uuid</source>
        <translation>%1 nennt keine run_uuid</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowfilestore.cpp" line="120"/>
        <source>%1, line %2: not &quot;timestamp value step&quot;</source>
        <translation>%1, Zeile %2: nicht „Zeitstempel Wert Schritt“</translation>
    </message>
</context>
<context>
    <name>MlflowJson</name>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="22"/>
        <source>%1: the field &quot;%2&quot; is not %3</source>
        <translation>%1: das Feld „%2“ hat den falschen Typ (erwartet: %3)</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="31"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="40"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="61"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="75"/>
        <source>a number (or &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;)</source>
        <translation>eine Zahl (oder „NaN“, „Infinity“, „-Infinity“)</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="85"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="90"/>
        <source>a list of objects</source>
        <translation>eine Liste von Objekten</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="102"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowjson.cpp" line="113"/>
        <source>a list of {key, value} with a key</source>
        <translation>eine Liste von {key, value} mit einem key</translation>
    </message>
</context>
<context>
    <name>MlflowRegistryWriter</name>
    <message>
        <location filename="../core/exporters/mlflowregistrywriter.cpp" line="48"/>
        <source>%1: MLflow&apos;s registered models hold no fields</source>
        <translation>%1: die registrierten Modelle von MLflow enthalten keine Felder</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowregistrywriter.cpp" line="84"/>
        <source>its model was not exported</source>
        <translation>das zugehörige Modell wurde nicht exportiert</translation>
    </message>
</context>
<context>
    <name>MlflowRestApi</name>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="70"/>
        <source>The MLflow server at %1 cannot be reached (%2): %3</source>
        <translation>Der MLflow-Server unter %1 ist nicht erreichbar (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="77"/>
        <source>The MLflow server answered %1 with HTTP %2%3</source>
        <translation>Der MLflow-Server hat auf %1 mit HTTP %2 geantwortet%3</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="25"/>
        <source>The answer to %1 is no JSON object: is %2 an MLflow tracking server?</source>
        <translation>Die Antwort auf %1 ist kein JSON-Objekt: Ist %2 ein MLflow-Tracking-Server?</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="98"/>
        <source>The answer to %1 has a next_page_token that is no string</source>
        <translation>Die Antwort auf %1 hat ein next_page_token, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestapi.cpp" line="102"/>
        <source>The answer to %1 gives the same next_page_token again: the pages would never end</source>
        <translation>Die Antwort auf %1 nennt dasselbe next_page_token erneut: Die Seiten würden nie enden</translation>
    </message>
</context>
<context>
    <name>MlflowRestRun</name>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="45"/>
        <source>%1: the run has no run_id</source>
        <translation>%1: der Lauf hat keine run_id</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="67"/>
        <source>%1. Reading stopped here: this run and the runs not read yet are left for a later import.</source>
        <translation>%1. Das Lesen wurde hier beendet: Dieser Lauf und die noch nicht gelesenen Läufe bleiben einem späteren Import überlassen.</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="74"/>
        <source>metrics/get-history of %1</source>
        <translation>metrics/get-history von %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="95"/>
        <source>artifacts/list of %1</source>
        <translation>artifacts/list von %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="105"/>
        <source>artifacts/list of %1: the path &quot;%2&quot; is not in that folder</source>
        <translation>artifacts/list von %1: der Pfad „%2“ liegt nicht in diesem Ordner</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="135"/>
        <source>no temporary folder for the artifacts: %1</source>
        <translation>kein temporärer Ordner für die Artefakte: %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="144"/>
        <source>artifacts/list: the path &quot;%1&quot; leaves the run&apos;s artifact folder</source>
        <translation>artifacts/list: der Pfad „%1“ verlässt den Artefaktordner des Laufs</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowrestrun.cpp" line="156"/>
        <source>the artifact %1 cannot be copied to %2: %3</source>
        <translation>das Artefakt %1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
</context>
<context>
    <name>MlflowRestStore</name>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="32"/>
        <source>experiments/search at %1</source>
        <translation>experiments/search unter %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="38"/>
        <source>experiments/search at %1: an experiment has no experiment_id</source>
        <translation>experiments/search unter %1: ein Experiment hat keine experiment_id</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="60"/>
        <source>runs/search of experiment %1</source>
        <translation>runs/search des Experiments %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="69"/>
        <source>runs/search of experiment %1, run %2</source>
        <translation>runs/search des Experiments %1, Lauf %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="88"/>
        <source>the runs of experiment %1 not read yet</source>
        <translation>die noch nicht gelesenen Läufe des Experiments %1</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowreststore.cpp" line="90"/>
        <source>%1. Reading stopped here: the runs not read yet are left for a later import.</source>
        <translation>%1. Das Lesen wurde hier beendet: Die noch nicht gelesenen Läufe bleiben einem späteren Import überlassen.</translation>
    </message>
</context>
<context>
    <name>MlflowSqlStore</name>
    <message>
        <location filename="../core/importers/mlflowsqlstore.cpp" line="32"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowsqlstore.cpp" line="43"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/mlflowsqlstore.cpp" line="48"/>
        <location filename="../core/importers/mlflowsqlstore.cpp" line="119"/>
        <source>%1 is not an MLflow store: %2</source>
        <translation>%1 ist kein MLflow-Speicher: %2</translation>
    </message>
</context>
<context>
    <name>MlflowWriter</name>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="95"/>
        <source>the folder %1 cannot be made</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="112"/>
        <source>a second run with the MLflow run id %1</source>
        <translation>ein zweiter Lauf mit der MLflow-Lauf-ID %1</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="143"/>
        <source>%1: a string series (MLflow&apos;s metrics are numbers)</source>
        <translation>%1: eine Textreihe (die Metriken von MLflow sind Zahlen)</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="144"/>
        <source>%1: no MLflow key can hold this path</source>
        <translation>%1: kein MLflow-Schlüssel kann diesen Pfad aufnehmen</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="155"/>
        <source>%1: an artifact field (it records files that were never uploaded)</source>
        <translation>%1: ein Artefaktfeld (es verzeichnet Dateien, die nie hochgeladen wurden)</translation>
    </message>
    <message>
        <location filename="../core/exporters/mlflowwriter.cpp" line="162"/>
        <source>%1: its artifact %2 would take the place of %3</source>
        <translation>%1: das Artefakt %2 nähme den Platz von %3 ein</translation>
    </message>
</context>
<context>
    <name>NeptuneFile</name>
    <message>
        <location filename="../core/importers/neptunefile.cpp" line="30"/>
        <source>the file %1 cannot be read</source>
        <translation>die Datei %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>NeptuneFileSet</name>
    <message>
        <location filename="../core/importers/neptunefileset.cpp" line="50"/>
        <source>the pattern %1 is no absolute path (the client writes absolute ones)</source>
        <translation>das Muster %1 ist kein absoluter Pfad (der Client schreibt absolute Pfade)</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunefileset.cpp" line="81"/>
        <source>the patterns match %1 files; a file set holds at most %2</source>
        <translation>die Muster passen auf %1 Dateien; eine Dateimenge enthält höchstens %2</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunefileset.cpp" line="86"/>
        <source>the patterns match no file here</source>
        <translation>die Muster passen hier auf keine Datei</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunefileset.cpp" line="97"/>
        <source>%1: the file %2 is not imported (it cannot be read, or %3 is no field path)</source>
        <translation>%1: die Datei %2 wird nicht importiert (sie kann nicht gelesen werden, oder %3 ist kein Feldpfad)</translation>
    </message>
</context>
<context>
    <name>NeptuneImage</name>
    <message>
        <location filename="../core/importers/neptuneimage.cpp" line="19"/>
        <source>an image whose data is no base64</source>
        <translation>ein Bild, dessen Daten kein Base64 sind</translation>
    </message>
    <message>
        <location filename="../core/importers/neptuneimage.cpp" line="25"/>
        <source>an image the client left out (over its size limit, or empty)</source>
        <translation>ein Bild, das der Client ausgelassen hat (über seiner Größengrenze oder leer)</translation>
    </message>
</context>
<context>
    <name>NeptuneMapping</name>
    <message numerus="yes">
        <location filename="../core/importers/neptunemapping.cpp" line="52"/>
        <source>%1 (%n operation(s))</source>
        <translation>
            <numerusform>%1 (%n Operation)</numerusform>
            <numerusform>%1 (%n Operationen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/importers/neptunemapping.cpp" line="54"/>
        <source>%n point(s) not imported: their step was not above the previous step of their series, which Neptune refuses too</source>
        <translation>
            <numerusform>%n Punkt nicht importiert: Sein Schritt lag nicht über dem vorigen Schritt seiner Reihe, was auch Neptune ablehnt</numerusform>
            <numerusform>%n Punkte nicht importiert: Ihr Schritt lag nicht über dem vorigen Schritt ihrer Reihe, was auch Neptune ablehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="76"/>
        <source>%1 %2 not imported: %3</source>
        <translation>%1 %2 nicht importiert: %3</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="102"/>
        <source>Nereid&apos;s float fields hold finite numbers</source>
        <translation>die Gleitkommafelder von Nereid enthalten endliche Zahlen</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="106"/>
        <source>the value is no whole number within ±2^53</source>
        <translation>der Wert ist keine ganze Zahl innerhalb von ±2^53</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="108"/>
        <source>the value is no boolean</source>
        <translation>der Wert ist kein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="111"/>
        <source>the value is no string</source>
        <translation>der Wert ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="114"/>
        <source>the value is no time in milliseconds</source>
        <translation>der Wert ist keine Zeit in Millisekunden</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="135"/>
        <source>Nereid&apos;s API removes no single files from a file set</source>
        <translation>die API von Nereid entfernt keine einzelnen Dateien aus einer Dateimenge</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="139"/>
        <source>artifacts are not imported from queues (the queue holds the paths or URLs the client tracked, not the files)</source>
        <translation>Artefakte werden nicht aus Warteschlangen importiert (die Warteschlange enthält die Pfade oder URLs, die der Client verfolgt hat, nicht die Dateien)</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="133"/>
        <source>Nereid&apos;s float series have no minimum, maximum or unit</source>
        <translation>die Gleitkommareihen von Nereid haben kein Minimum, Maximum und keine Einheit</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="142"/>
        <source>it copies from another Neptune run or project, which is not in the queue</source>
        <translation>es kopiert aus einem anderen Neptune-Lauf oder -Projekt, das nicht in der Warteschlange ist</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="144"/>
        <source>an operation this importer does not know</source>
        <translation>eine Operation, die dieser Importer nicht kennt</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="180"/>
        <source>Nereid&apos;s server keeps this sys field itself</source>
        <translation>der Server von Nereid verwaltet dieses sys-Feld selbst</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunemapping.cpp" line="213"/>
        <location filename="../core/importers/neptunemapping.cpp" line="250"/>
        <source>points whose value or step is of the wrong type</source>
        <translation>Punkte, deren Wert oder Schritt den falschen Typ hat</translation>
    </message>
</context>
<context>
    <name>NeptuneQueue</name>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="26"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="59"/>
        <source>%1 holds no Neptune queue (no .neptune/offline/run__* or .neptune/async/run__* folder).</source>
        <translation>%1 enthält keine Neptune-Warteschlange (keinen Ordner .neptune/offline/run__* oder .neptune/async/run__*).</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="90"/>
        <source>%1 has no data-*.log file.</source>
        <translation>%1 hat keine Datei data-*.log.</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="94"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeue.cpp" line="128"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>NeptuneQueueImporter</name>
    <message>
        <location filename="../core/importers/neptunequeueimporter.cpp" line="84"/>
        <source>the queue in %1 belongs to a Neptune %2; only runs are imported</source>
        <translation>die Warteschlange in %1 gehört zu einem Neptune-%2; nur Läufe werden importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/importers/neptunequeueimporter.cpp" line="92"/>
        <source>%n line(s) cut off at the end of a queue file skipped (the client was writing them)</source>
        <translation>
            <numerusform>%n am Ende einer Warteschlangendatei abgeschnittene Zeile übersprungen (der Client schrieb sie gerade)</numerusform>
            <numerusform>%n am Ende einer Warteschlangendatei abgeschnittene Zeilen übersprungen (der Client schrieb sie gerade)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeueimporter.cpp" line="99"/>
        <source>nothing in the queue waits to be sent</source>
        <translation>nichts in der Warteschlange wartet darauf, gesendet zu werden</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeueimporter.cpp" line="213"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>NeptuneQueueLine</name>
    <message>
        <location filename="../core/importers/neptunequeueline.cpp" line="47"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeueline.cpp" line="55"/>
        <source>not a queue entry (an object with &quot;obj&quot; and a whole &quot;version&quot;)</source>
        <translation>kein Warteschlangeneintrag (ein Objekt mit „obj“ und einer ganzzahligen „version“)</translation>
    </message>
    <message>
        <location filename="../core/importers/neptunequeueline.cpp" line="67"/>
        <source>not an operation (a &quot;type&quot; and a &quot;path&quot; of strings)</source>
        <translation>keine Operation (ein „type“ und ein „path“ als Zeichenketten)</translation>
    </message>
</context>
<context>
    <name>PlotLegend</name>
    <message numerus="yes">
        <location filename="../views/plotlegend.cpp" line="53"/>
        <source>and %n more</source>
        <comment>plot legend: more groups</comment>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointStore</name>
    <message>
        <location filename="../core/cache/pointstore.cpp" line="21"/>
        <source>A series point at step %1 does not follow the cached step %2.</source>
        <translation>Ein Reihenpunkt bei Schritt %1 folgt nicht auf den zwischengespeicherten Schritt %2.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../core/sync/pointspage.cpp" line="29"/>
        <source>the points of %1 cannot be read: %2.</source>
        <translation>die Punkte von %1 können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/pointspage.cpp" line="45"/>
        <source>they are not a list of points</source>
        <translation>sie sind keine Liste von Punkten</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../views/problemreport.cpp" line="31"/>
        <source>standard error only</source>
        <translation>nur die Standardfehlerausgabe</translation>
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
Qt %2 (gebaut mit %3)
System: %4, %5 %6, %7
Anzeigeplattform: %8
Protokoll: %9
</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profilestore.cpp" line="75"/>
        <source>The API token of %1 is missing from the system keychain and from %2.</source>
        <translation>Das API-Token von %1 fehlt im Schlüsselbund des Systems und in %2.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="82"/>
        <location filename="../app/profilestore.cpp" line="136"/>
        <location filename="../app/profilestore.cpp" line="150"/>
        <source>There is no profile named %1.</source>
        <translation>Es gibt kein Profil namens %1.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="89"/>
        <source>The name %1 is taken by the built-in server.</source>
        <translation>Der Name %1 ist für den eingebauten Server reserviert.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="96"/>
        <source>The name %1 is too close to the profile %2.</source>
        <translation>Der Name %1 ist dem Profil %2 zu ähnlich.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="105"/>
        <source>Enter the API token of %1.</source>
        <translation>Geben Sie das API-Token von %1 ein.</translation>
    </message>
    <message>
        <location filename="../app/profilestore.cpp" line="131"/>
        <source>The built-in server %1 cannot be removed.</source>
        <translation>Der eingebaute Server %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ProfileTokenStore</name>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="39"/>
        <source>The token will be stored in the system keychain.</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="42"/>
        <source>No system keychain is available, so the token will be kept in a file only you can read: %1</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, daher wird das Token in einer Datei aufbewahrt, die nur Sie lesen können: %1</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="49"/>
        <source>The token is stored in the system keychain.</source>
        <translation>Das Token ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="50"/>
        <source>The token is stored in a file only you can read (%1).</source>
        <translation>Das Token ist in einer Datei gespeichert, die nur Sie lesen können (%1).</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="83"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="94"/>
        <location filename="../app/profiletokenstore.cpp" line="101"/>
        <source>Cannot write the token to %1: %2</source>
        <translation>Der Token kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="138"/>
        <source>The system keychain keeps the token of %1: %2</source>
        <translation>Der Schlüsselbund des Systems behält das Token von %1: %2</translation>
    </message>
    <message>
        <location filename="../app/profiletokenstore.cpp" line="142"/>
        <source>Cannot remove the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>ProjectName</name>
    <message>
        <location filename="../core/domain/projectname.cpp" line="24"/>
        <source>The project name &quot;%1&quot; must have the form workspace/project.</source>
        <translation>Der Projektname „%1“ muss die Form Arbeitsbereich/Projekt haben.</translation>
    </message>
    <message>
        <location filename="../core/domain/projectname.cpp" line="34"/>
        <source>&quot;%1&quot; is not a valid workspace or project name: use 1 to 50 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Name für einen Arbeitsbereich oder ein Projekt: Verwenden Sie 1 bis 50 Buchstaben, Ziffern, „-“, „_“ oder „.“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../core/query/queryerror.cpp" line="8"/>
        <source>Expected %1 at character %2, found %3.</source>
        <translation>Bei Zeichen %2 wurde %1 erwartet, gefunden: %3.</translation>
    </message>
    <message>
        <location filename="../core/query/queryerror.cpp" line="14"/>
        <source>Type mismatch at character %1: %2</source>
        <translation>Typkonflikt bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location filename="../core/query/queryerror.cpp" line="21"/>
        <source>Unknown field at character %1: %2 is not a sys field.</source>
        <translation>Unbekanntes Feld bei Zeichen %1: %2 ist kein sys-Feld.</translation>
    </message>
    <message>
        <location filename="../core/query/queryerror.cpp" line="27"/>
        <source>Invalid field path at character %1: %2</source>
        <translation>Ungültiger Feldpfad bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location filename="../core/query/queryerror.cpp" line="38"/>
        <source>the end of the query</source>
        <translation>das Ende der Abfrage</translation>
    </message>
</context>
<context>
    <name>QueryLiteral</name>
    <message>
        <location filename="../core/query/queryliteral.cpp" line="87"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../core/query/queryliteral.cpp" line="89"/>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/query/queryliteral.cpp" line="91"/>
        <source>datetime</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/query/queryliteral.cpp" line="92"/>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <location filename="../core/query/queryparser.cpp" line="73"/>
        <source>AND, OR or the end of the query</source>
        <translation>AND, OR oder das Ende der Abfrage</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="130"/>
        <source>at most %1 nested parentheses and NOTs</source>
        <translation>höchstens %1 verschachtelte Klammern und NOTs</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="142"/>
        <source>&quot;)&quot;, AND or OR</source>
        <translation>„)“, AND oder OR</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="152"/>
        <source>a field path, NOT or &quot;(&quot;</source>
        <translation>ein Feldpfad, NOT oder „(“</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="168"/>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="197"/>
        <source>CONTAINS, MATCHES or EXISTS after NOT</source>
        <translation>CONTAINS, MATCHES oder EXISTS nach NOT</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="198"/>
        <source>an operator (=, !=, &gt;, &gt;=, &lt;, &lt;=, CONTAINS, MATCHES, EXISTS)</source>
        <translation>ein Operator (=, !=, &gt;, &gt;=, &lt;, &lt;=, CONTAINS, MATCHES, EXISTS)</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="213"/>
        <source>last(), min(), max(), average() or variance()</source>
        <translation>last(), min(), max(), average() oder variance()</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="222"/>
        <source>&quot;)&quot;</source>
        <translation>„)“</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="234"/>
        <source>a field path</source>
        <translation>ein Feldpfad</translation>
    </message>
    <message>
        <location filename="../core/query/queryparser.cpp" line="251"/>
        <source>a field type (float, int, bool, string, datetime, stringSet, floatSeries, stringSeries, experimentState)</source>
        <translation>ein Feldtyp (float, int, bool, string, datetime, stringSet, floatSeries, stringSeries, experimentState)</translation>
    </message>
</context>
<context>
    <name>QueryTypeCheck</name>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="36"/>
        <source>%1 (%2) cannot be compared with %3 (%4) using %5.</source>
        <translation>%1 (%2) lässt sich mit %5 nicht mit %3 (%4) vergleichen.</translation>
    </message>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="64"/>
        <source>%1() applies to float series, but %2 is a %3 field.</source>
        <translation>%1() gilt für Gleitkommareihen, aber %2 ist ein Feld vom Typ %3.</translation>
    </message>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="76"/>
        <source>%1 is a %2 field, not %3.</source>
        <translation>%1 ist ein Feld vom Typ %2, nicht %3.</translation>
    </message>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="95"/>
        <source>a valid regular expression</source>
        <translation>ein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../core/query/querytypecheck.cpp" line="113"/>
        <source>%1 compares numbers and datetimes, but %2 (for %3) is a %4.</source>
        <translation>%1 vergleicht Zahlen und Zeitpunkte, aber %2 (für %3) ist vom Typ %4.</translation>
    </message>
</context>
<context>
    <name>RunChanges</name>
    <message>
        <location filename="../models/runchanges.cpp" line="57"/>
        <source>The name is longer than %1 KiB.</source>
        <translation>Der Name ist länger als %1 KiB.</translation>
    </message>
    <message>
        <location filename="../models/runchanges.cpp" line="59"/>
        <source>The description is longer than %1 KiB.</source>
        <translation>Die Beschreibung ist länger als %1 KiB.</translation>
    </message>
    <message>
        <location filename="../models/runchanges.cpp" line="62"/>
        <source>A tag cannot be empty.</source>
        <translation>Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../models/runchanges.cpp" line="64"/>
        <source>The tag &quot;%1…&quot; is longer than %2 KiB.</source>
        <translation>Das Tag „%1…“ ist länger als %2 KiB.</translation>
    </message>
    <message>
        <location filename="../models/runchanges.cpp" line="70"/>
        <source>The stage &quot;%1&quot; is none of none, staging, production and archived.</source>
        <translation>Die Stufe „%1“ ist keine von none, staging, production und archived.</translation>
    </message>
</context>
<context>
    <name>RunColorDialog</name>
    <message>
        <location filename="../views/runcolordialog.cpp" line="13"/>
        <source>Chart colour of %1</source>
        <translation>Diagrammfarbe von %1</translation>
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
        <translation>%1 in den Papierkorb</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="32"/>
        <source>Trash %1 runs</source>
        <translation>%1 Läufe in den Papierkorb</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="34"/>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="34"/>
        <source>Restore %1 runs</source>
        <translation>%1 Läufe wiederherstellen</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="36"/>
        <source>Add tag %1</source>
        <translation>Tag %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/runeditcommand.cpp" line="38"/>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
</context>
<context>
    <name>RunFilter</name>
    <message>
        <location filename="../models/runfilter.cpp" line="43"/>
        <source>No run has a field %1, so this searches run ids, names, descriptions and tags for the words.</source>
        <translation>Kein Lauf hat ein Feld %1, daher werden IDs, Namen, Beschreibungen und Tags der Läufe nach den Wörtern durchsucht.</translation>
    </message>
    <message>
        <location filename="../models/runfilter.cpp" line="25"/>
        <location filename="../models/runfilter.cpp" line="47"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../models/runfilter.cpp" line="51"/>
        <source>No run has %1.</source>
        <translation>Kein Lauf hat %1.</translation>
    </message>
    <message>
        <location filename="../models/runfilter.cpp" line="52"/>
        <source>No run has %1; did you mean %2?</source>
        <translation>Kein Lauf hat %1; meinten Sie %2?</translation>
    </message>
    <message>
        <location filename="../models/runfilter.cpp" line="74"/>
        <source>%1 or %2</source>
        <comment>did you mean a, b or c</comment>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>RunGroupValues</name>
    <message>
        <location filename="../models/rungroupvalues.cpp" line="68"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
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
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../models/rungrouping.cpp" line="39"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <location filename="../core/domain/runrecord.cpp" line="27"/>
        <source>The server sent a run the cache cannot read: %1</source>
        <translation>Der Server hat einen Lauf gesendet, den der Cache nicht lesen kann: %1</translation>
    </message>
    <message>
        <location filename="../core/domain/runrecord.cpp" line="41"/>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>„%1“ ist keine Lauf-ID.</translation>
    </message>
    <message>
        <location filename="../core/domain/runrecord.cpp" line="46"/>
        <source>&quot;%1&quot; is not the id of an object of kind &quot;%2&quot;.</source>
        <translation>„%1“ ist keine ID eines Objekts der Art „%2“.</translation>
    </message>
    <message>
        <location filename="../core/domain/runrecord.cpp" line="54"/>
        <source>run %1 has no revision or no sys fields.</source>
        <translation>Lauf %1 hat keine Revision oder keine sys-Felder.</translation>
    </message>
</context>
<context>
    <name>RunStateName</name>
    <message>
        <location filename="../models/runstatename.cpp" line="8"/>
        <source>active</source>
        <comment>sys/state: a client is logging to the run</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../models/runstatename.cpp" line="10"/>
        <source>inactive</source>
        <comment>sys/state: no client has been in touch for a while</comment>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>SeriesCsv</name>
    <message>
        <location filename="../core/series/seriescsv.cpp" line="82"/>
        <source>The CSV file could not be written: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/series/seriescsv.cpp" line="121"/>
        <source>The first line is not the header &quot;%1&quot;.</source>
        <translation>Die erste Zeile ist nicht die Kopfzeile „%1“.</translation>
    </message>
    <message>
        <location filename="../core/series/seriescsv.cpp" line="133"/>
        <source>Line %1 is not &quot;%2&quot;: %3</source>
        <translation>Zeile %1 ist nicht „%2“: %3</translation>
    </message>
</context>
<context>
    <name>SeriesSelection</name>
    <message>
        <location filename="../models/seriesselection.cpp" line="33"/>
        <source>%1 is not a regular expression: %2</source>
        <translation>%1 ist kein regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../models/seriesselection.cpp" line="46"/>
        <source>No series path given.</source>
        <translation>Kein Serienpfad angegeben.</translation>
    </message>
</context>
<context>
    <name>StringPointStore</name>
    <message>
        <location filename="../core/cache/stringpointstore.cpp" line="18"/>
        <source>A log line at step %1 does not follow the cached step %2.</source>
        <translation>Eine Protokollzeile bei Schritt %1 folgt nicht auf den zwischengespeicherten Schritt %2.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/apiconnection.cpp" line="106"/>
        <location filename="../core/sync/changespage.cpp" line="28"/>
        <source>it is not a JSON object.</source>
        <translation>es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="19"/>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="22"/>
        <source>The server at %1 refused the connection: it may be down. Working offline.</source>
        <translation>Der Server unter %1 hat die Verbindung abgelehnt; vielleicht läuft er nicht. Es wird offline weitergearbeitet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="24"/>
        <source>The server %1 cannot be found. Working offline.</source>
        <translation>Der Server %1 wurde nicht gefunden. Es wird offline weitergearbeitet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="26"/>
        <source>The server at %1 closed the connection before answering.</source>
        <translation>Der Server unter %1 hat die Verbindung vor seiner Antwort geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="30"/>
        <source>The server at %1 cannot be reached (%2). Working offline.</source>
        <translation>Der Server unter %1 ist nicht erreichbar (%2). Es wird offline weitergearbeitet.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="36"/>
        <source>The server no longer accepts this profile&apos;s access token (it may have been revoked). Enter a new token to sync again.</source>
        <translation>Der Server akzeptiert das Zugriffstoken dieses Profils nicht mehr (vielleicht wurde es widerrufen). Geben Sie ein neues Token ein, um wieder zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="40"/>
        <source>The server had a problem (HTTP %1).%2</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1).%2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="41"/>
        <source>The server refused the request (HTTP %1).%2</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).%2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="62"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="67"/>
        <source>The answer could not be stored in the local cache: %1</source>
        <translation>Die Antwort konnte nicht im lokalen Cache gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="52"/>
        <source>Your token can only read %1: it is a read-only token.</source>
        <translation>Ihr Token kann %1 nur lesen: Es ist ein Nur-Lese-Token.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="54"/>
        <source>Your token can only read %1: its user %2 has the viewer role in workspace %3, and changes need the contributor role.</source>
        <translation>Ihr Token kann %1 nur lesen: Sein Benutzer %2 hat im Arbeitsbereich %3 die Rolle viewer, und Änderungen erfordern die Rolle contributor.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="57"/>
        <source>The server does not allow this (HTTP 403). %1</source>
        <translation>Der Server erlaubt dies nicht (HTTP 403). %1</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="81"/>
        <source>The server at %1 presented a certificate this system does not trust (SHA-256 fingerprint %2). The connection was refused.</source>
        <translation>Der Server unter %1 hat ein Zertifikat vorgelegt, dem dieses System nicht vertraut (SHA-256-Fingerabdruck %2). Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="76"/>
        <source>The server at %1 presented a different certificate (SHA-256 fingerprint %2) from the one trusted for this profile. Someone may be intercepting the connection: it was refused.</source>
        <translation>Der Server unter %1 hat ein anderes Zertifikat (SHA-256-Fingerabdruck %2) vorgelegt als das, dem für dieses Profil vertraut wird. Möglicherweise fängt jemand die Verbindung ab: Sie wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <location filename="../app/systemkeychain.cpp" line="45"/>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>TensorBoardEventFile</name>
    <message>
        <location filename="../core/importers/tensorboardeventfile.cpp" line="121"/>
        <source>a histogram: Nereid has no histogram type</source>
        <translation>ein Histogramm: Nereid hat keinen Histogrammtyp</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardeventfile.cpp" line="123"/>
        <source>audio: Nereid has no audio type</source>
        <translation>Audio: Nereid hat keinen Audiotyp</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardeventfile.cpp" line="126"/>
        <source>a tensor that is no scalar</source>
        <translation>ein Tensor, der kein Skalar ist</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardeventfile.cpp" line="127"/>
        <source>data of the TensorBoard plugin %1</source>
        <translation>Daten des TensorBoard-Plugins %1</translation>
    </message>
</context>
<context>
    <name>TensorBoardFolder</name>
    <message>
        <location filename="../core/importers/tensorboardfolder.cpp" line="44"/>
        <source>%1 is no folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardfolder.cpp" line="57"/>
        <source>%1 holds no TensorBoard event files (events.out.tfevents.*)</source>
        <translation>%1 enthält keine TensorBoard-Ereignisdateien (events.out.tfevents.*)</translation>
    </message>
    <message>
        <location filename="../core/importers/tensorboardfolder.cpp" line="91"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>Nereid cannot start</source>
        <translation>Nereid kann nicht starten</translation>
    </message>
</context>
<context>
    <name>nereid::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="19"/>
        <source>About Nereid</source>
        <translation>Über Nereid</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="27"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="50"/>
        <source>&lt;p&gt;Explore, compare and annotate the runs of your machine-learning projects.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Läufe Ihrer Machine-Learning-Projekte erkunden, vergleichen und kommentieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1, läuft mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="67"/>
        <source>Copyright © 2026 Nereid developers. Nereid is free software under the MIT licence: you may use, copy, change and share it, also for commercial work, as long as the copyright notice stays with it. It comes without any warranty.</source>
        <translation>Copyright © 2026 Nereid developers. Nereid ist freie Software unter der MIT-Lizenz: Sie dürfen es verwenden, kopieren, ändern und weitergeben, auch für kommerzielle Arbeit, solange der Urheberrechtshinweis dabei bleibt. Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="71"/>
        <source>Nereid uses the Qt libraries under the %1. Qt is © The Qt Company Ltd and other contributors; its source code is at %2.</source>
        <translation>Nereid verwendet die Qt-Bibliotheken unter der %1. Qt ist © The Qt Company Ltd und weitere Mitwirkende; der Quellcode ist unter %2 erhältlich.</translation>
    </message>
    <message>
        <location filename="../views/aboutdialog.cpp" line="77"/>
        <source>API tokens are kept in the system keychain through QtKeychain, © Frank Osterfeld and other contributors, under the %1.</source>
        <translation>API-Tokens werden über QtKeychain im Schlüsselbund des Systems aufbewahrt, © Frank Osterfeld und weitere Mitwirkende, unter der %1.</translation>
    </message>
</context>
<context>
    <name>nereid::AppSession</name>
    <message>
        <location filename="../app/appsession.cpp" line="50"/>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="55"/>
        <source>The token file %1 is empty.</source>
        <translation>Die Token-Datei %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="80"/>
        <source>Cannot open the cache: %1</source>
        <translation>Der Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="163"/>
        <location filename="../app/appsession.cpp" line="168"/>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="169"/>
        <source>The system keychain refused the token (%1). It is stored in a file only you can read instead.</source>
        <translation>Der Schlüsselbund des Systems hat das Token abgelehnt (%1). Es wird stattdessen in einer Datei gespeichert, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="187"/>
        <source>Cannot connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="228"/>
        <source>Looking for projects on %1…</source>
        <translation>Projekte auf %1 werden gesucht…</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="233"/>
        <source>The server has no projects yet: the welcome page shows how to log runs.</source>
        <translation>Auf dem Server gibt es noch keine Projekte: Die Willkommensseite zeigt, wie man Läufe protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="255"/>
        <source>Only the projects in the cache are listed: %1</source>
        <translation>Nur die Projekte im Cache werden angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="258"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/appsession.cpp" line="258"/>
        <source>Projects on %1:</source>
        <translation>Projekte auf %1:</translation>
    </message>
    <message>
        <location filename="../app/appsessionprofiles.cpp" line="54"/>
        <location filename="../app/appsessionprofiles.cpp" line="66"/>
        <location filename="../app/appsessionprofiles.cpp" line="91"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../app/appsessionprofiles.cpp" line="72"/>
        <source>Forget certificate</source>
        <translation>Zertifikat vergessen</translation>
    </message>
    <message>
        <location filename="../app/appsessionprofiles.cpp" line="120"/>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/appsessionprofiles.cpp" line="133"/>
        <source>Cannot delete the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/appsessioncertificates.cpp" line="56"/>
        <source>Trust certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <location filename="../app/appsessionimport.cpp" line="47"/>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/appsessionimport.cpp" line="49"/>
        <source>%Ln damaged record(s) skipped</source>
        <translation>
            <numerusform>%Ln beschädigter Datensatz übersprungen</numerusform>
            <numerusform>%Ln beschädigte Datensätze übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nereid::BlobFetcher</name>
    <message>
        <location filename="../core/sync/blobfetcher.cpp" line="64"/>
        <source>“%1” is not a file&apos;s hash.</source>
        <translation>„%1“ ist kein Hash einer Datei.</translation>
    </message>
    <message>
        <location filename="../core/sync/blobfetcher.cpp" line="85"/>
        <location filename="../core/sync/blobfetcher.cpp" line="141"/>
        <source>The file cannot be written to the cache: %1</source>
        <translation>Die Datei kann nicht in den Cache geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/blobfetcher.cpp" line="172"/>
        <source>The file that came from the server is damaged: its SHA-256 is not %1. Try again; if it stays so, the server&apos;s copy is damaged.</source>
        <translation>Die vom Server gekommene Datei ist beschädigt: ihr SHA-256 ist nicht %1. Versuchen Sie es erneut; bleibt es so, ist die Kopie auf dem Server beschädigt.</translation>
    </message>
</context>
<context>
    <name>nereid::Cache</name>
    <message numerus="yes">
        <location filename="../core/cache/cache.cpp" line="71"/>
        <source>%1 The damaged file was moved to %2 and the cache is being rebuilt from the server; %n unsent edit(s) were kept.</source>
        <translation>
            <numerusform>%1 Die beschädigte Datei wurde nach %2 verschoben, und der Cache wird vom Server neu aufgebaut; %n nicht gesendete Änderung wurde behalten.</numerusform>
            <numerusform>%1 Die beschädigte Datei wurde nach %2 verschoben, und der Cache wird vom Server neu aufgebaut; %n nicht gesendete Änderungen wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="86"/>
        <location filename="../core/cache/cache.cpp" line="113"/>
        <source>The cache is not open.</source>
        <translation>Der Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="219"/>
        <source>The cache knows no series %1 in run %2.</source>
        <translation>Der Cache kennt keine Reihe %1 im Lauf %2.</translation>
    </message>
</context>
<context>
    <name>nereid::CertificateDialog</name>
    <message>
        <location filename="../views/certificatedialog.cpp" line="18"/>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="18"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="24"/>
        <source>The server at %1 presented a different certificate from the one trusted for the profile %2. Someone may be intercepting the connection, or the server&apos;s certificate was replaced. Trust the new certificate only if the server&apos;s administrator confirms its fingerprint.</source>
        <translation>Der Server unter %1 hat ein anderes Zertifikat vorgelegt als das, dem für das Profil %2 vertraut wird. Möglicherweise fängt jemand die Verbindung ab, oder das Zertifikat des Servers wurde ersetzt. Vertrauen Sie dem neuen Zertifikat nur, wenn die Administration des Servers seinen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="28"/>
        <source>The server at %1 presented a certificate this computer does not trust. If it is your team&apos;s own certificate, compare its fingerprint with the one the server&apos;s administrator gives you, then trust it for the profile %2 only.</source>
        <translation>Der Server unter %1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Wenn es das eigene Zertifikat Ihres Teams ist, vergleichen Sie seinen Fingerabdruck mit dem, den Ihnen die Administration des Servers nennt, und vertrauen Sie ihm dann nur für das Profil %2.</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="35"/>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="38"/>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="40"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="41"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="43"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="45"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="47"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="55"/>
        <source>This certificate is not valid at this time.</source>
        <translation>Dieses Zertifikat ist derzeit nicht gültig.</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="62"/>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="62"/>
        <source>&amp;Trust for %1</source>
        <translation>Für %1 &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../views/certificatedialog.cpp" line="66"/>
        <source>&amp;Do not trust</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
</context>
<context>
    <name>nereid::ChartArea</name>
    <message>
        <location filename="../views/chartarea.cpp" line="27"/>
        <source>&amp;Auto charts</source>
        <translation>&amp;Automatische Diagramme</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="30"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="37"/>
        <source>Add chart…</source>
        <translation>Diagramm hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="38"/>
        <source>Chart a series of the selected runs (or double-click a series in the run&apos;s fields)</source>
        <translation>Eine Reihe der ausgewählten Läufe als Diagramm zeigen (oder in den Feldern des Laufs doppelt auf eine Reihe klicken)</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="41"/>
        <source>A chart for every float series of the shown runs, in sections by namespace</source>
        <translation>Ein Diagramm für jede Float-Serie der angezeigten Läufe, in Abschnitten nach Namensraum</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="46"/>
        <source>Sectio&amp;ns</source>
        <translation>Abschnitt&amp;e</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="47"/>
        <source>Show or fold the dashboard&apos;s sections</source>
        <translation>Abschnitte des Dashboards zeigen oder einklappen</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="52"/>
        <source>Charts side by side</source>
        <translation>Diagramme nebeneinander</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="53"/>
        <source>C&amp;olumns:</source>
        <translation>Spa&amp;lten:</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="58"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="60"/>
        <source>The height of the charts (drag below a chart to size it alone)</source>
        <translation>Die Höhe der Diagramme (unter einem Diagramm ziehen, um nur dieses anzupassen)</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="61"/>
        <source>Hei&amp;ght:</source>
        <translation>Hö&amp;he:</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="63"/>
        <source>No charts yet: add one with &quot;Add chart…&quot;, double-click a series of a run, or turn on &quot;Auto charts&quot;.</source>
        <translation>Noch keine Diagramme: eines mit „Diagramm hinzufügen…“ hinzufügen, eine Serie eines Laufs doppelklicken oder „Automatische Diagramme“ einschalten.</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="296"/>
        <source>&amp;Expand all</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="302"/>
        <source>&amp;Collapse all</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <location filename="../views/chartarea.cpp" line="311"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>nereid::ChartAxes</name>
    <message>
        <location filename="../views/chartaxes.cpp" line="64"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../views/chartaxes.cpp" line="73"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../views/chartaxes.cpp" line="73"/>
        <source>seconds since the run&apos;s first point</source>
        <translation>Sekunden seit dem ersten Punkt des Laufs</translation>
    </message>
</context>
<context>
    <name>nereid::ChartCsvExport</name>
    <message>
        <location filename="../models/chartcsvexport.cpp" line="41"/>
        <source>The points in view are not in the cache, and there is no server to download them from.</source>
        <translation>Die Punkte im sichtbaren Bereich sind nicht im Cache, und es gibt keinen Server, von dem sie geladen werden können.</translation>
    </message>
    <message>
        <location filename="../models/chartcsvexport.cpp" line="87"/>
        <source>The points of %1 in run %2 could not be downloaded: %3</source>
        <translation>Die Punkte von %1 in Lauf %2 konnten nicht heruntergeladen werden: %3</translation>
    </message>
    <message>
        <location filename="../models/chartcsvexport.cpp" line="109"/>
        <location filename="../models/chartcsvexport.cpp" line="113"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nereid::ChartFetchPlan</name>
    <message>
        <location filename="../models/chartfetchplan.cpp" line="177"/>
        <source>The points of %1 in run %2 could not be fetched: %3</source>
        <translation>Die Punkte von %1 im Lauf %2 konnten nicht abgerufen werden: %3</translation>
    </message>
</context>
<context>
    <name>nereid::ChartHoverTip</name>
    <message numerus="yes">
        <location filename="../views/charthovertip.cpp" line="46"/>
        <source>… %n more above</source>
        <translation>
            <numerusform>… %n weiterer Lauf darüber</numerusform>
            <numerusform>… %n weitere Läufe darüber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/charthovertip.cpp" line="58"/>
        <source>… %n more below</source>
        <translation>
            <numerusform>… %n weiterer Lauf darunter</numerusform>
            <numerusform>… %n weitere Läufe darunter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nereid::ChartLegendList</name>
    <message>
        <location filename="../views/chartlegendlist.cpp" line="40"/>
        <source>Search runs</source>
        <translation>Läufe suchen</translation>
    </message>
    <message>
        <location filename="../views/chartlegendlist.cpp" line="54"/>
        <source>Chart colour…</source>
        <translation>Diagrammfarbe …</translation>
    </message>
    <message>
        <location filename="../views/chartlegendlist.cpp" line="59"/>
        <source>Click a run to hide or show it</source>
        <translation>Klicken Sie auf einen Lauf, um ihn aus- oder einzublenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/chartlegendlist.cpp" line="124"/>
        <source>%n run(s), %1 hidden</source>
        <translation>
            <numerusform>%n Lauf, %1 ausgeblendet</numerusform>
            <numerusform>%n Läufe, %1 ausgeblendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/chartlegendlist.cpp" line="125"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
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
            <numerusform>%n Wert ≤ 0 im Ausschnitt: als ▲ am unteren Rand der logarithmischen Achse gezeichnet.</numerusform>
            <numerusform>%n Werte ≤ 0 im Ausschnitt: als ▲ am unteren Rand der logarithmischen Achse gezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/chartpanel.cpp" line="272"/>
        <source>Select runs to compare them here.</source>
        <translation>Wählen Sie Läufe aus, um sie hier zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/chartpanelexport.cpp" line="81"/>
        <source>… and %n more run(s)</source>
        <translation>
            <numerusform>… und %n weiterer Lauf</numerusform>
            <numerusform>… und %n weitere Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="89"/>
        <source>The image could not be saved to %1.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="109"/>
        <location filename="../views/chartpanelexport.cpp" line="112"/>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="109"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="117"/>
        <source>Save the data in view as CSV</source>
        <translation>Daten im Ausschnitt als CSV speichern</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="119"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="135"/>
        <source>Downloading the points in view…</source>
        <translation>Die Punkte im sichtbaren Bereich werden heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../views/chartpanelexport.cpp" line="135"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/chartpanelhover.cpp" line="111"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../views/chartpanelhover.cpp" line="112"/>
        <source>%1 — step %2, value %3, %4</source>
        <translation>%1 — Schritt %2, Wert %3, %4</translation>
    </message>
    <message>
        <location filename="../views/chartpanelhover.cpp" line="93"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="23"/>
        <source>Lowest to highest run</source>
        <translation>Niedrigster bis höchster Lauf</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="24"/>
        <source>Mean ± 1 standard deviation</source>
        <translation>Mittelwert ± 1 Standardabweichung</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="26"/>
        <source>&amp;Band:</source>
        <translation>&amp;Band:</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="61"/>
        <source>%1 (%L2 run)</source>
        <translation>%1 (%L2 Lauf)</translation>
    </message>
    <message>
        <location filename="../views/chartpanelgroups.cpp" line="62"/>
        <source>%1 (%L2 runs)</source>
        <translation>%1 (%L2 Läufe)</translation>
    </message>
</context>
<context>
    <name>nereid::ChartPathPicker</name>
    <message>
        <location filename="../views/chartpathpicker.cpp" line="23"/>
        <source>Add chart</source>
        <translation>Diagramm hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/chartpathpicker.cpp" line="24"/>
        <source>Filter series paths, or a pattern: */loss</source>
        <translation>Serienpfade filtern oder ein Muster: */loss</translation>
    </message>
    <message>
        <location filename="../views/chartpathpicker.cpp" line="25"/>
        <source>Ctrl+click or Shift+click paths to draw them in one chart, or type a pattern: */loss, train/loss, val/loss, or a regular expression between slashes.</source>
        <translation>Mit Strg+Klick oder Umschalt+Klick mehrere Pfade in einem Diagramm zeichnen, oder ein Muster eingeben: */loss, train/loss, val/loss oder einen regulären Ausdruck zwischen Schrägstrichen.</translation>
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
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="33"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="34"/>
        <source>Relative time</source>
        <translation>Relative Zeit</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="35"/>
        <source>What the x axis shows</source>
        <translation>Was die x-Achse zeigt</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="36"/>
        <source>Logarithmic y axis; values ≤ 0 are drawn clipped at its bottom</source>
        <translation>Logarithmische y-Achse; Werte ≤ 0 werden abgeschnitten an ihrem unteren Rand gezeichnet</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="40"/>
        <source>Smoothing (exponential moving average, debiased)</source>
        <translation>Glättung (exponentieller gleitender Durchschnitt, biaskorrigiert)</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="57"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="61"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="61"/>
        <source>Show every point again (or double-click the chart)</source>
        <translation>Wieder alle Punkte zeigen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="62"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="62"/>
        <source>Save the chart as a PNG image</source>
        <translation>Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="63"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="63"/>
        <source>Save the raw points in view as CSV</source>
        <translation>Rohpunkte im Ausschnitt als CSV speichern</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="64"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../views/charttoolbar.cpp" line="64"/>
        <source>Remove this chart</source>
        <translation>Dieses Diagramm entfernen</translation>
    </message>
</context>
<context>
    <name>nereid::ChosenColumnsList</name>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="18"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="19"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="20"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="31"/>
        <source>What a float series column shows of each run&apos;s series</source>
        <translation>Was eine Spalte einer Float-Reihe von der Reihe jedes Laufs zeigt</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="32"/>
        <source>last value</source>
        <translation>letzter Wert</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="33"/>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="34"/>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="35"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="36"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="41"/>
        <source>Columns, in table order:</source>
        <translation>Spalten, in Tabellenreihenfolge:</translation>
    </message>
    <message>
        <location filename="../views/chosencolumnslist.cpp" line="90"/>
        <source>%1
No run of this project has this field.</source>
        <translation>%1
Kein Lauf dieses Projekts hat dieses Feld.</translation>
    </message>
</context>
<context>
    <name>nereid::ColumnChooserDialog</name>
    <message>
        <location filename="../views/columnchooserdialog.cpp" line="30"/>
        <source>Choose Columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <location filename="../views/columnchooserdialog.cpp" line="39"/>
        <source>Search field paths</source>
        <translation>Feldpfade durchsuchen</translation>
    </message>
</context>
<context>
    <name>nereid::ColumnMenu</name>
    <message>
        <location filename="../views/columnmenu.cpp" line="11"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="16"/>
        <source>Choose columns…</source>
        <translation>Spalten auswählen…</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="32"/>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="43"/>
        <source>last value</source>
        <translation>letzter Wert</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="44"/>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="45"/>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="46"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="47"/>
        <source>Show %1 as</source>
        <translation>%1 anzeigen als</translation>
    </message>
    <message>
        <location filename="../views/columnmenu.cpp" line="48"/>
        <source>Add a column of %1</source>
        <translation>Spalte für %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>nereid::CompareDialog</name>
    <message numerus="yes">
        <location filename="../views/comparedialog.cpp" line="24"/>
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>%n Lauf vergleichen</numerusform>
            <numerusform>%n Läufe vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="27"/>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="28"/>
        <source>Lowest value</source>
        <translation>Kleinster Wert</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="29"/>
        <source>Highest value</source>
        <translation>Größter Wert</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="30"/>
        <source>&amp;Series show:</source>
        <translation>&amp;Reihen zeigen:</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="32"/>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="34"/>
        <source>Copy as &amp;CSV</source>
        <translation>Als &amp;CSV kopieren</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="35"/>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../views/comparedialog.cpp" line="36"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>nereid::CompareModel</name>
    <message>
        <location filename="../models/comparemodel.cpp" line="218"/>
        <source>(no namespace)</source>
        <translation>(kein Namensraum)</translation>
    </message>
    <message>
        <location filename="../models/comparemodel.cpp" line="245"/>
        <location filename="../models/comparemodel.cpp" line="251"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
</context>
<context>
    <name>nereid::ConflictPanel</name>
    <message>
        <location filename="../views/conflictpanel.cpp" line="17"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="17"/>
        <source>not failed</source>
        <translation>nicht fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="19"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="25"/>
        <source>Conflicts with the server</source>
        <translation>Konflikte mit dem Server</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="50"/>
        <source>Someone changed the %1 on the server before your edit reached it. Yours: %2; on the server: %3.</source>
        <translation>Jemand hat %1 auf dem Server geändert, bevor Ihre Änderung ihn erreichte. Ihre Fassung: %2; auf dem Server: %3.</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="56"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../views/conflictpanel.cpp" line="57"/>
        <source>Keep the server&apos;s</source>
        <translation>Die des Servers behalten</translation>
    </message>
</context>
<context>
    <name>nereid::ConnectDialog</name>
    <message>
        <location filename="../views/connectdialog.cpp" line="22"/>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="36"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="37"/>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="54"/>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="57"/>
        <source>The profile&apos;s cached runs and its token are kept under its name, so it stays.</source>
        <translation>Die zwischengespeicherten Läufe und das Token des Profils werden unter seinem Namen aufbewahrt, daher bleibt er.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="60"/>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="86"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="88"/>
        <source>A profile named %1 exists already.</source>
        <translation>Ein Profil namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="92"/>
        <source>The server URL must start with http:// or https:// and name a host.</source>
        <translation>Die Server-URL muss mit http:// oder https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="94"/>
        <source>Enter the API token.</source>
        <translation>Geben Sie den API-Token ein.</translation>
    </message>
    <message>
        <location filename="../views/connectdialog.cpp" line="109"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>nereid::DashboardView</name>
    <message>
        <location filename="../views/dashboardview.cpp" line="106"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="110"/>
        <source>%1 (1 chart)</source>
        <comment>a dashboard section&apos;s header: its name and that it holds one chart</comment>
        <translation>%1 (1 Diagramm)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="111"/>
        <source>%1 (%n charts)</source>
        <comment>a dashboard section&apos;s header: its name and how many charts it holds</comment>
        <translation>
            <numerusform>%1 (%n Diagramm)</numerusform>
            <numerusform>%1 (%n Diagramme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="23"/>
        <source>Move chart &amp;earlier</source>
        <translation>Diagramm nach &amp;vorne</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="24"/>
        <source>Move chart &amp;later</source>
        <translation>Diagramm nach &amp;hinten</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="25"/>
        <source>Move chart a row &amp;up</source>
        <translation>Diagramm eine Zeile nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="26"/>
        <source>Move chart a row &amp;down</source>
        <translation>Diagramm eine Zeile nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="27"/>
        <source>Make chart &amp;taller</source>
        <translation>Diagramm &amp;höher</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="28"/>
        <source>Make chart &amp;shorter</source>
        <translation>Diagramm &amp;niedriger</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="29"/>
        <source>&amp;Wider charts (fewer columns)</source>
        <translation>&amp;Breitere Diagramme (weniger Spalten)</translation>
    </message>
    <message>
        <location filename="../views/dashboardviewkeys.cpp" line="30"/>
        <source>&amp;Narrower charts (more columns)</source>
        <translation>&amp;Schmalere Diagramme (mehr Spalten)</translation>
    </message>
</context>
<context>
    <name>nereid::DemoSeeder</name>
    <message>
        <location filename="../core/sync/demoseeder.cpp" line="29"/>
        <source>A made-up learning-rate sweep to explore</source>
        <translation>Eine erfundene Lernraten-Suche zum Erkunden</translation>
    </message>
    <message>
        <location filename="../core/sync/demoseeder.cpp" line="35"/>
        <source>the project could not be created</source>
        <translation>das Projekt konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>nereid::EditPusher</name>
    <message>
        <location filename="../core/sync/editpusher.cpp" line="105"/>
        <source>the edit of %1 was sent but could not be recorded.</source>
        <translation>die Änderung an %1 wurde gesendet, konnte aber nicht vermerkt werden.</translation>
    </message>
    <message>
        <location filename="../core/sync/editpusher.cpp" line="119"/>
        <source>Your change to %1 was undone.</source>
        <translation>Ihre Änderung an %1 wurde rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>nereid::ExperimentsView</name>
    <message>
        <location filename="../views/experimentsview.cpp" line="32"/>
        <source>Show trashed</source>
        <translation>Papierkorb anzeigen</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="226"/>
        <source>Show versions</source>
        <translation>Versionen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="227"/>
        <location filename="../views/experimentsviewgroups.cpp" line="224"/>
        <source>Run information…</source>
        <translation>Laufinformationen…</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="252"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="255"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="256"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="257"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="258"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewkeys.cpp" line="27"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="232"/>
        <location filename="../views/experimentsviewgroups.cpp" line="230"/>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="233"/>
        <location filename="../views/experimentsviewgroups.cpp" line="231"/>
        <source>Remove tag…</source>
        <translation>Tag entfernen…</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewkeys.cpp" line="23"/>
        <source>Trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../views/experimentsview.cpp" line="237"/>
        <location filename="../views/experimentsviewgroups.cpp" line="225"/>
        <source>Chart colour…</source>
        <translation>Diagrammfarbe …</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewkeys.cpp" line="67"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../views/experimentsvieweye.cpp" line="29"/>
        <source>Hide in charts / show</source>
        <translation>In Diagrammen aus-/einblenden</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewgroups.cpp" line="58"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewgroups.cpp" line="62"/>
        <source>Show the runs in groups (Group by…) or one by one</source>
        <translation>Die Läufe in Gruppen (Gruppieren nach…) oder einzeln zeigen</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewgroups.cpp" line="74"/>
        <source>Group &amp;by…</source>
        <translation>Gruppieren &amp;nach…</translation>
    </message>
    <message>
        <location filename="../views/experimentsviewgroups.cpp" line="250"/>
        <source>Group &amp;aggregate</source>
        <translation>Gruppen&amp;aggregat</translation>
    </message>
</context>
<context>
    <name>nereid::FieldPathTreeModel</name>
    <message>
        <location filename="../models/fieldpathtreemodel.cpp" line="179"/>
        <source>Field</source>
        <translation>Feld</translation>
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
        <translation>Gleitkommazahl</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="19"/>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="20"/>
        <source>Boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="21"/>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="22"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="23"/>
        <source>String set</source>
        <translation>Zeichenkettenmenge</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="24"/>
        <source>Float series</source>
        <translation>Gleitkommareihe</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="25"/>
        <source>String series</source>
        <translation>Zeichenkettenreihe</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="26"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="27"/>
        <source>File set</source>
        <translation>Dateimenge</translation>
    </message>
    <message>
        <location filename="../core/domain/fieldtype.cpp" line="28"/>
        <source>File series</source>
        <translation>Dateiserie</translation>
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
        <translation>Die Datei kann nicht geholt werden: %1</translation>
    </message>
    <message>
        <location filename="../views/fileactions.cpp" line="36"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../views/fileactions.cpp" line="57"/>
        <source>Save file as</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <location filename="../views/fileactions.cpp" line="86"/>
        <source>The file cannot be written to %1.</source>
        <translation>Die Datei kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../views/fileactions.cpp" line="92"/>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung öffnet %1.</translation>
    </message>
</context>
<context>
    <name>nereid::FileContents</name>
    <message>
        <location filename="../models/filecontents.cpp" line="26"/>
        <location filename="../models/filecontents.cpp" line="39"/>
        <source>Files cannot be fetched without a connection to the server.</source>
        <translation>Ohne Verbindung zum Server können keine Dateien geholt werden.</translation>
    </message>
</context>
<context>
    <name>nereid::FilePreview</name>
    <message>
        <location filename="../views/filepreview.cpp" line="57"/>
        <source>Select a file to preview it.</source>
        <translation>Wählen Sie eine Datei für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="106"/>
        <source>%1 cannot be previewed here. Use “Save as…” or “Open with the system&apos;s application” from the tree&apos;s context menu.</source>
        <translation>Für %1 gibt es hier keine Vorschau. Nutzen Sie „Speichern unter…“ oder „Mit der Anwendung des Systems öffnen“ im Kontextmenü des Baums.</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="108"/>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="112"/>
        <source>Fetching %1…</source>
        <translation>%1 wird geholt…</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="112"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="128"/>
        <source>The file cannot be shown: %1</source>
        <translation>Die Datei kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="139"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="142"/>
        <source>%1 cannot be previewed here.</source>
        <translation>Für %1 gibt es hier keine Vorschau.</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="146"/>
        <source>
[The first %1 of %2 are shown. Save the file for all of it.]</source>
        <translation>
[Die ersten %1 von %2 werden gezeigt. Speichern Sie die Datei, um alles zu sehen.]</translation>
    </message>
    <message>
        <location filename="../views/filepreview.cpp" line="157"/>
        <source>The image cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>nereid::FilterBox</name>
    <message>
        <location filename="../views/filterbox.cpp" line="21"/>
        <source>Filter runs by words, or by a query: params/lr &gt; 0.01 AND sys/tags CONTAINS best</source>
        <translation>Läufe nach Wörtern filtern oder mit einer Abfrage: params/lr &gt; 0.01 AND sys/tags CONTAINS best</translation>
    </message>
    <message>
        <location filename="../views/filterbox.cpp" line="22"/>
        <source>Esc clears the filter. Help &gt; Query language has the grammar and examples.</source>
        <translation>Esc leert den Filter. Hilfe &gt; Abfragesprache zeigt die Grammatik und Beispiele.</translation>
    </message>
    <message>
        <location filename="../views/filterbox.cpp" line="106"/>
        <source>%1
Here: %2 ⟵</source>
        <translation>%1
Hier: %2 ⟵</translation>
    </message>
</context>
<context>
    <name>nereid::GalleryLoader</name>
    <message>
        <location filename="../models/galleryloader.cpp" line="73"/>
        <source>The images of %1 cannot be fetched: %2</source>
        <translation>Die Bilder von %1 können nicht geholt werden: %2</translation>
    </message>
</context>
<context>
    <name>nereid::GalleryModel</name>
    <message>
        <location filename="../models/gallerymodel.cpp" line="113"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
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
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../views/groupbydialog.cpp" line="19"/>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <location filename="../views/groupbydialog.cpp" line="41"/>
        <source>&amp;Fields to group runs by (in the order checked):</source>
        <translation>&amp;Felder, nach denen gruppiert wird (in der Reihenfolge des Ankreuzens):</translation>
    </message>
</context>
<context>
    <name>nereid::ImportDialog</name>
    <message>
        <location filename="../views/importdialog.cpp" line="29"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="31"/>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="35"/>
        <source>TensorBoard log folder</source>
        <translation>TensorBoard-Log-Ordner</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="36"/>
        <source>Neptune offline or async queue (a .neptune folder)</source>
        <translation>Neptune-Offline- oder -Async-Warteschlange (ein .neptune-Ordner)</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="33"/>
        <source>MLflow (an mlruns folder, an mlflow.db file or a tracking server&apos;s http:// URL)</source>
        <translation>MLflow (ein mlruns-Ordner, eine Datei mlflow.db oder die http://-URL eines Tracking-Servers)</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="38"/>
        <source>A folder or file to import from, or an MLflow server&apos;s URL</source>
        <translation>Ein Ordner oder eine Datei, aus dem bzw. der importiert wird, oder die URL eines MLflow-Servers</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="40"/>
        <source>&amp;Browse</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="43"/>
        <source>A &amp;folder…</source>
        <translation>Einen &amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="44"/>
        <source>A f&amp;ile…</source>
        <translation>Eine &amp;Datei…</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="53"/>
        <source>workspace/project; a project that does not exist yet is created</source>
        <translation>Arbeitsbereich/Projekt; ein noch nicht vorhandenes Projekt wird angelegt</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="56"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="57"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="60"/>
        <source>Into &amp;project:</source>
        <translation>In &amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="104"/>
        <source>Import from folder</source>
        <translation>Aus Ordner importieren</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="105"/>
        <source>Import from file</source>
        <translation>Aus Datei importieren</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="114"/>
        <source>Choose the folder or file to import from.</source>
        <translation>Wählen Sie den Ordner oder die Datei, aus dem bzw. der importiert werden soll.</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="116"/>
        <source>Name the project as workspace/project.</source>
        <translation>Geben Sie das Projekt als Arbeitsbereich/Projekt an.</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="126"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="130"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="150"/>
        <source>%1: created, %Ln point(s)</source>
        <translation>
            <numerusform>%1: angelegt, %Ln Punkt</numerusform>
            <numerusform>%1: angelegt, %Ln Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="153"/>
        <source>%1: updated, %Ln point(s) added</source>
        <translation>
            <numerusform>%1: aktualisiert, %Ln Punkt hinzugefügt</numerusform>
            <numerusform>%1: aktualisiert, %Ln Punkte hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="156"/>
        <source>%1: imported already, skipped</source>
        <translation>%1: bereits importiert, übersprungen</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="159"/>
        <source>%1: FAILED: %2</source>
        <translation>%1: FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="163"/>
        <source>    renamed (not a valid field path or taken): %1</source>
        <translation>    umbenannt (kein gültiger Feldpfad oder schon vergeben): %1</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="176"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="180"/>
        <source>The import could not run: %1</source>
        <translation>Der Import konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="183"/>
        <source>Cancelled. The runs not imported yet are imported when you import again; nothing is duplicated.</source>
        <translation>Abgebrochen. Die noch nicht importierten Läufe werden beim nächsten Import importiert; nichts wird doppelt angelegt.</translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="185"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/importdialog.cpp" line="193"/>
        <source>%1 of %n run(s): %2 created, %3 updated, %4 skipped, %5 failed; %6 point(s) written.</source>
        <translation>
            <numerusform>%1 von %n Lauf: %2 angelegt, %3 aktualisiert, %4 übersprungen, %5 fehlgeschlagen; %6 Punkte geschrieben.</numerusform>
            <numerusform>%1 von %n Läufen: %2 angelegt, %3 aktualisiert, %4 übersprungen, %5 fehlgeschlagen; %6 Punkte geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/importdialog.cpp" line="219"/>
        <source>Cancelling after the run being imported…</source>
        <translation>Abbruch nach dem Lauf, der gerade importiert wird…</translation>
    </message>
</context>
<context>
    <name>nereid::LinesFetcher</name>
    <message>
        <location filename="../core/sync/linesfetcher.cpp" line="45"/>
        <source>the lines of %1 cannot be read.</source>
        <translation>die Zeilen von %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/sync/linesfetcher.cpp" line="54"/>
        <source>a line of %1 is not [step, text, time].</source>
        <translation>eine Zeile von %1 ist nicht [Schritt, Text, Zeit].</translation>
    </message>
</context>
<context>
    <name>nereid::MainMenus</name>
    <message>
        <location filename="../views/mainmenus.cpp" line="23"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="24"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="25"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="26"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="27"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="35"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="36"/>
        <source>&amp;Import runs…</source>
        <translation>Läufe &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="38"/>
        <source>&amp;Connect to server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="39"/>
        <source>&amp;Profiles</source>
        <translation>P&amp;rofile</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="43"/>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="47"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="49"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="52"/>
        <source>Show &amp;trashed runs</source>
        <translation>Läufe im &amp;Papierkorb anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="58"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="59"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="61"/>
        <source>Choose &amp;columns…</source>
        <translation>&amp;Spalten auswählen…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="62"/>
        <source>Add &amp;chart…</source>
        <translation>&amp;Diagramm hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="63"/>
        <source>S&amp;catter plot</source>
        <translation>&amp;Streudiagramm</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="65"/>
        <source>&amp;Parallel coordinates</source>
        <translation>&amp;Parallele Koordinaten</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="69"/>
        <source>Run &amp;information…</source>
        <translation>Lauf&amp;informationen…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="71"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="73"/>
        <source>&amp;Query language</source>
        <translation>&amp;Abfragesprache</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="74"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="75"/>
        <source>&amp;Report a problem</source>
        <translation>&amp;Problem melden</translation>
    </message>
    <message>
        <location filename="../views/mainmenus.cpp" line="77"/>
        <source>&amp;About Nereid</source>
        <translation>Ü&amp;ber Nereid</translation>
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
        <translation>Version, Qt-Version, Plattform und Pfad des Protokolls sind in der Zwischenablage: Fügen Sie sie in Ihren Bericht ein.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="185"/>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="194"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="197"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="225"/>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="225"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="233"/>
        <source>The table could not be exported to %1: %2</source>
        <translation>Die Tabelle konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="236"/>
        <source>Exported %1 runs to %2.</source>
        <translation>%1 Läufe nach %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="245"/>
        <source>Select 2 to 100 runs to compare (%n selected).</source>
        <translation>
            <numerusform>Wählen Sie 2 bis 100 Läufe zum Vergleichen aus (%n ausgewählt).</numerusform>
            <numerusform>Wählen Sie 2 bis 100 Läufe zum Vergleichen aus (%n ausgewählt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="252"/>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="252"/>
        <source>Not every run could be read from the cache: %1</source>
        <translation>Nicht alle Läufe konnten aus dem Cache gelesen werden: %1</translation>
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
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="45"/>
        <source>Select a file to preview it.</source>
        <translation>Wählen Sie eine Datei für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="59"/>
        <source>Images: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="63"/>
        <source>Images cannot be fetched without a connection to the server.</source>
        <translation>Ohne Verbindung zum Server können keine Bilder geholt werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="69"/>
        <source>Fetching the images of %1…</source>
        <translation>Die Bilder von %1 werden geholt…</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="75"/>
        <source>Fetching</source>
        <translation>Wird geholt</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="79"/>
        <source>No images.</source>
        <translation>Keine Bilder.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="81"/>
        <source>1 step; a click opens the image.</source>
        <translation>1 Schritt; ein Klick öffnet das Bild.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowfiles.cpp" line="82"/>
        <source>%1 steps; arrow keys move, a click opens the image.</source>
        <translation>%1 Schritte; die Pfeiltasten bewegen, ein Klick öffnet das Bild.</translation>
    </message>
    <message>
        <location filename="../views/mainwindowkinds.cpp" line="79"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../views/mainwindowkinds.cpp" line="81"/>
        <source>&amp;Metadata…</source>
        <translation>&amp;Metadaten…</translation>
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
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="33"/>
        <source>De&amp;lete field</source>
        <translation>Feld &amp;löschen</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="45"/>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="46"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="47"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="73"/>
        <source>Give the field&apos;s path, such as general/brief.</source>
        <translation>Geben Sie den Pfad des Feldes an, etwa general/brief.</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="75"/>
        <source>The sys namespace is written by Nereid; choose another path.</source>
        <translation>Der Namensraum sys wird von Nereid geschrieben; wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="107"/>
        <source>&quot;%1&quot; is not a value of type %2.</source>
        <translation>„%1“ ist kein Wert vom Typ %2.</translation>
    </message>
    <message>
        <location filename="../views/metadatafieldeditor.cpp" line="108"/>
        <source>Write true or false.</source>
        <translation>Schreiben Sie true oder false.</translation>
    </message>
</context>
<context>
    <name>nereid::ModelVersionsPanel</name>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="50"/>
        <source>Choose a model to see its versions.</source>
        <translation>Wählen Sie ein Modell, um seine Versionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="54"/>
        <source>Versions of %1:</source>
        <translation>Versionen von %1:</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="77"/>
        <source>Version information…</source>
        <translation>Versionsinformationen…</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="78"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="79"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="80"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="81"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../views/modelversionspanel.cpp" line="82"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
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
        <translation>Namensraum</translation>
    </message>
    <message>
        <location filename="../models/namespacetreemodel.cpp" line="195"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/namespacetreemodel.cpp" line="197"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/namespacetreemodel.cpp" line="199"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>nereid::NamespaceTreeView</name>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="29"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="78"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="79"/>
        <source>Open with the system&apos;s application</source>
        <translation>Mit der Anwendung des Systems öffnen</translation>
    </message>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="83"/>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../views/namespacetreeview.cpp" line="84"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
</context>
<context>
    <name>nereid::NoMatchLabel</name>
    <message>
        <location filename="../views/nomatchlabel.cpp" line="19"/>
        <source>No runs match</source>
        <translation>Keine passenden Läufe</translation>
    </message>
    <message>
        <location filename="../views/nomatchlabel.cpp" line="19"/>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
</context>
<context>
    <name>nereid::ObjectKindSwitcher</name>
    <message>
        <location filename="../views/objectkindswitcher.cpp" line="20"/>
        <source>What the table lists: the project&apos;s runs, its models, or the versions of a model you opened</source>
        <translation>Was die Tabelle auflistet: die Läufe des Projekts, seine Modelle oder die Versionen eines geöffneten Modells</translation>
    </message>
    <message>
        <location filename="../views/objectkindswitcher.cpp" line="21"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../views/objectkindswitcher.cpp" line="22"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../views/objectkindswitcher.cpp" line="32"/>
        <source>Versions of %1</source>
        <translation>Versionen von %1</translation>
    </message>
</context>
<context>
    <name>nereid::ParallelCoordinates</name>
    <message>
        <location filename="../views/parallelcoordinates.cpp" line="238"/>
        <source>Add two axes or more to compare runs across them.</source>
        <translation>Zwei oder mehr Achsen hinzufügen, um Läufe über sie hinweg zu vergleichen.</translation>
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
        <translation>Parallele Koordinaten</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="41"/>
        <source>&amp;Add axis</source>
        <translation>Achse &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="43"/>
        <source>Re&amp;move axis</source>
        <translation>Achse &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="45"/>
        <source>C&amp;lear brushes</source>
        <translation>Bereiche &amp;löschen</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="48"/>
        <source>Takes every brush&apos;s clause out of the filter box. A click on a brushed axis takes its brush alone.</source>
        <translation>Nimmt die Bedingung jedes Bereichs aus dem Filterfeld. Ein Klick auf eine Achse mit Bereich entfernt nur diesen.</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="49"/>
        <source>Colo&amp;ur by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="23"/>
        <source>Drag along an axis to keep the runs in a range; the filter box gets the clause.</source>
        <translation>Entlang einer Achse ziehen, um die Läufe in einem Bereich zu behalten; das Filterfeld erhält die Bedingung.</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="24"/>
        <source>Click a line to select its run.</source>
        <translation>Klicken Sie auf eine Linie, um ihren Lauf auszuwählen.</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="131"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../views/parallelcoordinatesdock.cpp" line="199"/>
        <source>A brush narrows a query, and the filter box holds a word search or a query that does not parse: clear it or finish the query, then brush again.</source>
        <translation>Ein Bereich schränkt eine Abfrage ein, aber das Filterfeld enthält eine Wortsuche oder eine unvollständige Abfrage: leeren oder die Abfrage vervollständigen, dann erneut ziehen.</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="25"/>
        <source>A new language is used from the next start of Nereid.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Nereid.</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="30"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="32"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="34"/>
        <source>&amp;Files cache:</source>
        <translation>&amp;Dateicache:</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="51"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="68"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="69"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="70"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="84"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../views/preferencesdialog.cpp" line="85"/>
        <source>Files and images fetched from the server are kept up to this size; the least recently used go first.</source>
        <translation>Vom Server geholte Dateien und Bilder werden bis zu dieser Größe aufbewahrt; die am längsten nicht benutzten gehen zuerst.</translation>
    </message>
</context>
<context>
    <name>nereid::ProfilesDialog</name>
    <message>
        <location filename="../views/profilesdialog.cpp" line="21"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="22"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="24"/>
        <source>&amp;Forget certificate</source>
        <translation>Zertifikat &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="26"/>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="28"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="28"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="38"/>
        <source>Stop trusting this certificate: Nereid asks again when the server presents one this computer does not trust.</source>
        <translation>Diesem Zertifikat nicht mehr vertrauen: Nereid fragt erneut, wenn der Server eines vorlegt, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="42"/>
        <source>Pinned certificate (SHA-256):</source>
        <translation>Festgelegtes Zertifikat (SHA-256):</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="74"/>
        <source>The private server on this computer</source>
        <translation>Der private Server auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="80"/>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="111"/>
        <source>%1 is the server Nereid starts on this computer: it has no address of its own to edit, and it is always there.</source>
        <translation>%1 ist der Server, den Nereid auf diesem Computer startet: Er hat keine eigene Adresse zum Bearbeiten und ist immer vorhanden.</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="122"/>
        <source>No certificate pinned</source>
        <translation>Kein Zertifikat festgelegt</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="132"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="132"/>
        <source>Delete the profile %1?</source>
        <translation>Das Profil %1 löschen?</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="134"/>
        <source>Its server address and its API token are removed from this computer. The runs on the server stay.</source>
        <translation>Seine Serveradresse und sein API-Token werden von diesem Computer entfernt. Die Läufe auf dem Server bleiben.</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="140"/>
        <source>It is open now: Nereid switches to %1.</source>
        <translation>Es ist gerade geöffnet: Nereid wechselt zu %1.</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="143"/>
        <source>Also delete the runs cached from this server</source>
        <translation>Auch die von diesem Server zwischengespeicherten Läufe löschen</translation>
    </message>
    <message>
        <location filename="../views/profilesdialog.cpp" line="146"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>nereid::ProjectMetadataDialog</name>
    <message>
        <location filename="../views/projectmetadatadialog.cpp" line="20"/>
        <source>Metadata of %1</source>
        <translation>Metadaten von %1</translation>
    </message>
    <message>
        <location filename="../views/projectmetadatadialog.cpp" line="26"/>
        <source>This project has no metadata yet. Scripts write it with project[&quot;general/brief&quot;] = &quot;…&quot; in the Python client.</source>
        <translation>Dieses Projekt hat noch keine Metadaten. Skripte schreiben sie im Python-Client mit project[&quot;general/brief&quot;] = &quot;…&quot;.</translation>
    </message>
    <message>
        <location filename="../views/projectmetadatadialog.cpp" line="28"/>
        <source>The project&apos;s own fields, as scripts wrote them. A field assigned or deleted here goes to the server, and shows once the server has it.</source>
        <translation>Die eigenen Felder des Projekts, wie Skripte sie geschrieben haben. Ein hier zugewiesenes oder gelöschtes Feld geht an den Server und erscheint, sobald der Server es hat.</translation>
    </message>
    <message>
        <location filename="../views/projectmetadatadialog.cpp" line="50"/>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>nereid::ProjectPuller</name>
    <message>
        <location filename="../core/sync/changespage.cpp" line="38"/>
        <source>the changes of %1 lack a cursor, a revision or runs.</source>
        <translation>den Änderungen von %1 fehlt ein Cursor, eine Revision oder die Läufe.</translation>
    </message>
</context>
<context>
    <name>nereid::ProjectSync</name>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="68"/>
        <source>Sync of %1 stopped.</source>
        <translation>Synchronisierung von %1 angehalten.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="78"/>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="89"/>
        <source>%1 was loaded again: the server&apos;s data had been restored from a backup or replaced. Your unsent edits were kept.</source>
        <translation>%1 wurde neu geladen: Die Daten des Servers waren aus einer Sicherung wiederhergestellt oder ersetzt worden. Ihre noch nicht gesendeten Änderungen wurden behalten.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="93"/>
        <source>%1 is up to date.</source>
        <translation>%1 ist aktuell.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="102"/>
        <source>The server&apos;s data was restored from a backup or replaced; Nereid is loading %1 again. Your unsent edits are kept.</source>
        <translation>Die Daten des Servers wurden aus einer Sicherung wiederhergestellt oder ersetzt; Nereid lädt %1 neu. Ihre noch nicht gesendeten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="114"/>
        <source>The server&apos;s data was restored from a backup or replaced; Nereid is loading %1 again: %2 of %3 runs. Your unsent edits are kept.</source>
        <translation>Die Daten des Servers wurden aus einer Sicherung wiederhergestellt oder ersetzt; Nereid lädt %1 neu: %2 von %3 Läufen. Ihre noch nicht gesendeten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/sync/projectsync.cpp" line="117"/>
        <source>Syncing %1: %2 of %3 runs…</source>
        <translation>%1 wird synchronisiert: %2 von %3 Läufen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/projectsync.cpp" line="134"/>
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nereid::QueryLanguageDialog</name>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="38"/>
        <source>Query language</source>
        <translation>Abfragesprache</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="53"/>
        <source>Words or a query</source>
        <translation>Wörter oder eine Abfrage</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="54"/>
        <source>The filter box above the experiments table takes plain words or a query. Words find the runs whose id, name, description or tags hold every word, in any case. A query compares fields.</source>
        <translation>Das Filterfeld über der Experimenttabelle nimmt einfache Wörter oder eine Abfrage. Wörter finden die Läufe, deren ID, Name, Beschreibung oder Tags jedes der Wörter enthalten, ohne Rücksicht auf Groß- und Kleinschreibung. Eine Abfrage vergleicht Felder.</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="56"/>
        <source>A query that names a field no run has is refused with the closest paths the project has. One condition on a name without a namespace, such as lr=0.0, is searched as words instead when no run has that field; the line under the box says so.</source>
        <translation>Eine Abfrage, die ein Feld nennt, das kein Lauf hat, wird abgelehnt und nennt die ähnlichsten Pfade des Projekts. Eine einzelne Bedingung über einen Namen ohne Namensraum, etwa lr=0.0, wird stattdessen als Wortsuche behandelt, wenn kein Lauf dieses Feld hat; die Zeile unter dem Feld sagt das.</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="59"/>
        <source>Esc clears the filter. Field paths and keywords are completed as you type.</source>
        <translation>Esc leert den Filter. Feldpfade und Schlüsselwörter werden beim Tippen ergänzt.</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="60"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="62"/>
        <source>runs with both words in their id, name, description or tags</source>
        <translation>Läufe mit beiden Wörtern in ID, Name, Beschreibung oder Tags</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="63"/>
        <source>a learning rate above 0.01</source>
        <translation>eine Lernrate über 0,01</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="65"/>
        <source>runs tagged best that did not fail</source>
        <translation>Läufe mit dem Tag best, die nicht fehlgeschlagen sind</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="66"/>
        <source>the last logged loss below 0.2</source>
        <translation>der zuletzt geloggte Loss unter 0,2</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="68"/>
        <source>the best value of a series, either way</source>
        <translation>der beste Wert einer Reihe, in beide Richtungen</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="69"/>
        <source>created in the last three days</source>
        <translation>in den letzten drei Tagen erstellt</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="71"/>
        <source>a name that matches a regular expression</source>
        <translation>ein Name, der zu einem regulären Ausdruck passt</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="72"/>
        <source>runs without the field</source>
        <translation>Läufe ohne das Feld</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="73"/>
        <source>runs a client is logging to now</source>
        <translation>Läufe, in die gerade ein Client schreibt</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="74"/>
        <source>a path with a space, and its type named</source>
        <translation>ein Pfad mit Leerzeichen, mit genanntem Typ</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="75"/>
        <source>Grammar</source>
        <translation>Grammatik</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="86"/>
        <source>NOT binds tighter than AND, and AND tighter than OR; parentheses group. Keywords may be written in any case. A keyword is never a value: quote it (&quot;AND&quot;) to compare with the word.</source>
        <translation>NOT bindet stärker als AND und AND stärker als OR; Klammern gruppieren. Schlüsselwörter dürfen groß oder klein geschrieben werden. Ein Schlüsselwort ist nie ein Wert: Setzen Sie es in Anführungszeichen (&quot;AND&quot;), um mit dem Wort zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="88"/>
        <source>Types and operators</source>
        <translation>Typen und Operatoren</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="89"/>
        <source>Numbers and datetimes compare with = != &gt; &gt;= &lt; &lt;=; a float series compares its last value, or the aggregate named. Text compares with = != CONTAINS MATCHES; a tag set with CONTAINS. Booleans are true or false. Datetimes are ISO 8601 (2026-05-01, 2026-05-01T12:00) or relative to now (-3d, -12h, -30m).</source>
        <translation>Zahlen und Zeitpunkte vergleichen mit = != &gt; &gt;= &lt; &lt;=; eine Float-Reihe vergleicht ihren letzten Wert oder das genannte Aggregat. Text vergleicht mit = != CONTAINS MATCHES, eine Tag-Menge mit CONTAINS. Wahrheitswerte sind true oder false. Zeitpunkte stehen in ISO 8601 (2026-05-01, 2026-05-01T12:00) oder relativ zu jetzt (-3d, -12h, -30m).</translation>
    </message>
    <message>
        <location filename="../views/querylanguagedialog.cpp" line="93"/>
        <source>A run that lacks the field never matches a condition on it, not even !=; ask with NOT ... EXISTS for runs without it. The types a path may name are float, int, bool, string, datetime, stringSet, floatSeries, stringSeries and experimentState.</source>
        <translation>Ein Lauf ohne das Feld erfüllt keine Bedingung darüber, auch nicht !=; nach Läufen ohne das Feld fragen Sie mit NOT ... EXISTS. Die Typen, die ein Pfad nennen kann, sind float, int, bool, string, datetime, stringSet, floatSeries, stringSeries und experimentState.</translation>
    </message>
</context>
<context>
    <name>nereid::QueryLexer</name>
    <message>
        <location filename="../core/query/querylexer.cpp" line="17"/>
        <source>a closing %1</source>
        <translation>ein schließendes %1</translation>
    </message>
</context>
<context>
    <name>nereid::RunActions</name>
    <message>
        <location filename="../views/runactions.cpp" line="53"/>
        <source>The edit of %1 could not be saved: %2</source>
        <translation>Die Änderung an %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="92"/>
        <source>%1 could not be changed: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="101"/>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="101"/>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="102"/>
        <source>Tag for the selected runs (%1):</source>
        <translation>Tag für die ausgewählten Läufe (%1):</translation>
    </message>
    <message>
        <location filename="../views/runactions.cpp" line="111"/>
        <source>A tag cannot be empty.</source>
        <translation>Ein Tag darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>nereid::RunCounts</name>
    <message>
        <location filename="../models/runcounts.cpp" line="34"/>
        <source>%L1 of %L2 run</source>
        <translation>%L1 von %L2 Lauf</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="34"/>
        <source>%L1 of %L2 runs</source>
        <translation>%L1 von %L2 Läufen</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="36"/>
        <source>%L1 of %L2 model</source>
        <translation>%L1 von %L2 Modell</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="36"/>
        <source>%L1 of %L2 models</source>
        <translation>%L1 von %L2 Modellen</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="38"/>
        <source>%L1 of %L2 version</source>
        <translation>%L1 von %L2 Version</translation>
    </message>
    <message>
        <location filename="../models/runcounts.cpp" line="38"/>
        <source>%L1 of %L2 versions</source>
        <translation>%L1 von %L2 Versionen</translation>
    </message>
</context>
<context>
    <name>nereid::RunEditing</name>
    <message>
        <location filename="../models/runediting.cpp" line="58"/>
        <source>This view cannot edit runs.</source>
        <translation>In dieser Ansicht können Läufe nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>nereid::RunEditor</name>
    <message>
        <location filename="../core/cache/runeditor.cpp" line="39"/>
        <source>The cache holds no run %1 to edit.</source>
        <translation>Der Cache enthält keinen Lauf %1 zum Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../core/cache/runeditor.cpp" line="142"/>
        <source>There is no conflict on %1 of run %2.</source>
        <translation>Bei %1 von Lauf %2 gibt es keinen Konflikt.</translation>
    </message>
</context>
<context>
    <name>nereid::RunEyeHeader</name>
    <message>
        <location filename="../views/runeyeheader.cpp" line="92"/>
        <source>Hidden in the charts: click to show</source>
        <translation>In den Diagrammen ausgeblendet: klicken zum Einblenden</translation>
    </message>
    <message>
        <location filename="../views/runeyeheader.cpp" line="93"/>
        <source>Shown in the charts: click to hide</source>
        <translation>In den Diagrammen sichtbar: klicken zum Ausblenden</translation>
    </message>
</context>
<context>
    <name>nereid::RunGroupModel</name>
    <message>
        <location filename="../models/rungroupmodelcells.cpp" line="93"/>
        <source>%1 (%L2 run)</source>
        <translation>%1 (%L2 Lauf)</translation>
    </message>
    <message>
        <location filename="../models/rungroupmodelcells.cpp" line="93"/>
        <source>%1 (%L2 runs)</source>
        <translation>%1 (%L2 Läufe)</translation>
    </message>
    <message>
        <location filename="../models/rungroupmodelcells.cpp" line="124"/>
        <source>%1 of %L2 run</source>
        <translation>%1 von %L2 Lauf</translation>
    </message>
    <message>
        <location filename="../models/rungroupmodelcells.cpp" line="124"/>
        <source>%1 of %L2 runs</source>
        <translation>%1 von %L2 Läufen</translation>
    </message>
</context>
<context>
    <name>nereid::RunInfoDialog</name>
    <message>
        <location filename="../views/runinfodialog.cpp" line="24"/>
        <source>Model version information: %1</source>
        <translation>Informationen zur Modellversion: %1</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="25"/>
        <source>Model information: %1</source>
        <translation>Informationen zum Modell: %1</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="26"/>
        <source>Run information: %1</source>
        <translation>Laufinformationen: %1</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="48"/>
        <source>Editable</source>
        <translation>Bearbeitbar</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="56"/>
        <source>The run failed</source>
        <translation>Der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="61"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="62"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="63"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="64"/>
        <source>&amp;Group tags:</source>
        <translation>&amp;Gruppen-Tags:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="70"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="71"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="72"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="73"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="75"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../views/runinfodialog.cpp" line="82"/>
        <source>System fields</source>
        <translation>Systemfelder</translation>
    </message>
</context>
<context>
    <name>nereid::SavedViewsModel</name>
    <message>
        <location filename="../models/savedviewsmodel.cpp" line="60"/>
        <source>%1 (default)</source>
        <comment>a saved view&apos;s name in the list</comment>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../models/savedviewsmodel.cpp" line="62"/>
        <source>Opens with the project</source>
        <translation>Öffnet sich mit dem Projekt</translation>
    </message>
    <message>
        <location filename="../models/savedviewsmodel.cpp" line="107"/>
        <source>The view could not be stored in the cache.</source>
        <translation>Die Ansicht konnte nicht im Cache gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>nereid::SavedViewsToolbar</name>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="29"/>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="33"/>
        <source>View&amp;s</source>
        <translation>An&amp;sichten</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="39"/>
        <source>No saved view</source>
        <translation>Keine gespeicherte Ansicht</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="42"/>
        <source>Saved views of this project: query, columns, sort, grouping and charts (Alt+W)</source>
        <translation>Gespeicherte Ansichten dieses Projekts: Abfrage, Spalten, Sortierung, Gruppierung und Diagramme (Alt+W)</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="43"/>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="66"/>
        <source>&amp;Choose view</source>
        <translation>Ansicht &amp;wählen</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="71"/>
        <source>&amp;Save view</source>
        <translation>Ansicht &amp;speichern</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="73"/>
        <source>Save view &amp;as…</source>
        <translation>Ansicht speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="74"/>
        <source>&amp;Rename view…</source>
        <translation>Ansicht &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="75"/>
        <source>&amp;Delete view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="76"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="77"/>
        <source>Delete the view &quot;%1&quot; for everyone in the project?</source>
        <translation>Die Ansicht „%1“ für alle im Projekt löschen?</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="81"/>
        <source>Set as &amp;default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="137"/>
        <location filename="../views/savedviewstoolbar.cpp" line="186"/>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="144"/>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="150"/>
        <source>Replace view</source>
        <translation>Ansicht ersetzen</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="151"/>
        <source>A view named &quot;%1&quot; already exists in this project. Replace it with what the window shows now, for everyone in the project?</source>
        <translation>Eine Ansicht namens „%1“ gibt es in diesem Projekt bereits. Soll sie für alle im Projekt durch das ersetzt werden, was das Fenster jetzt zeigt?</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="156"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="157"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="170"/>
        <source>Save view as</source>
        <translation>Ansicht speichern unter</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="175"/>
        <source>&quot;%1&quot; cannot name a view: use up to 200 characters, no slash, no leading or trailing spaces.</source>
        <translation>„%1“ kann keine Ansicht benennen: höchstens 200 Zeichen, kein Schrägstrich, keine Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="195"/>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="199"/>
        <source>The view cannot be renamed to &quot;%1&quot;: the name is taken or not allowed.</source>
        <translation>Die Ansicht kann nicht in „%1“ umbenannt werden: der Name ist vergeben oder nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="221"/>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>Ansicht „%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="231"/>
        <source>&quot;%1&quot; now opens with the project.</source>
        <translation>„%1“ öffnet sich jetzt mit dem Projekt.</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="242"/>
        <source>Saved view changed by someone else</source>
        <translation>Gespeicherte Ansicht von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="243"/>
        <source>Someone else saved the view &quot;%1&quot; before your change reached the server. Keep your version or theirs?</source>
        <translation>Jemand anderes hat die Ansicht „%1“ gespeichert, bevor Ihre Änderung den Server erreichte. Ihre Version oder die andere behalten?</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="248"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../views/savedviewstoolbar.cpp" line="249"/>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Andere behalten</translation>
    </message>
</context>
<context>
    <name>nereid::ScatterPlot</name>
    <message>
        <location filename="../views/scatterplot.cpp" line="162"/>
        <source>Choose the columns across and up.</source>
        <translation>Die Spalten für waagerecht und senkrecht wählen.</translation>
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
        <translation>Streudiagramm</translation>
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
        <translation>Waage&amp;recht:</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="52"/>
        <source>&amp;Up:</source>
        <translation>Senk&amp;recht:</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="56"/>
        <source>Colour &amp;by:</source>
        <translation>Färben &amp;nach:</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="59"/>
        <source>Click a point to select its run; drag a rectangle, or Ctrl+drag a lasso, to select the runs inside.</source>
        <translation>Einen Punkt klicken, um seinen Lauf auszuwählen; ein Rechteck ziehen oder mit Strg ein Lasso ziehen, um die Läufe darin auszuwählen.</translation>
    </message>
    <message>
        <location filename="../views/scatterplotdock.cpp" line="123"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>nereid::SeriesFetcher</name>
    <message>
        <location filename="../core/sync/seriesfetcher.cpp" line="32"/>
        <source>Run %1 has no float series %2.</source>
        <translation>Lauf %1 hat keine Gleitkommareihe %2.</translation>
    </message>
    <message>
        <location filename="../core/sync/seriesfetcher.cpp" line="113"/>
        <source>the buckets of %1 cannot be read.</source>
        <translation>die Intervalle von %1 können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>nereid::ShortcutsDialog</name>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="56"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="56"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="108"/>
        <source>Charts › Go to the next or previous chart or section</source>
        <translation>Diagramme › Zum nächsten oder vorigen Diagramm oder Abschnitt</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="110"/>
        <source>Charts › Fold or unfold the focused section</source>
        <translation>Diagramme › Den gewählten Abschnitt ein- oder ausklappen</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="111"/>
        <source>Charts › A chart&apos;s actions (move, size)</source>
        <translation>Diagramme › Aktionen eines Diagramms (verschieben, Größe)</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="112"/>
        <source>Filter box › Clear the filter</source>
        <translation>Filterfeld › Filter leeren</translation>
    </message>
</context>
<context>
    <name>nereid::StringLogModel</name>
    <message>
        <location filename="../models/stringlogmodel.cpp" line="78"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../models/stringlogmodel.cpp" line="80"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../models/stringlogmodel.cpp" line="82"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/stringlogmodel.cpp" line="84"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>nereid::StringLogReader</name>
    <message>
        <location filename="../models/stringlogreader.cpp" line="91"/>
        <source>The log %1 of run %2 could not be read: %3</source>
        <translation>Das Protokoll %1 von Lauf %2 konnte nicht gelesen werden: %3</translation>
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
        <translation>Dieses Protokoll entfernen</translation>
    </message>
    <message>
        <location filename="../views/stringserieslog.cpp" line="87"/>
        <source>No line of this log is in the cache; connect to the server to read it.</source>
        <translation>Keine Zeile dieses Protokolls ist im Zwischenspeicher; verbinden Sie sich mit dem Server, um es zu lesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringserieslog.cpp" line="89"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/stringserieslog.cpp" line="85"/>
        <source>Reading the log…</source>
        <translation>Protokoll wird gelesen…</translation>
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
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="74"/>
        <source>Reading runs from the cache: %L1 of %L2…</source>
        <translation>Läufe werden aus dem Cache gelesen: %L1 von %L2…</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="87"/>
        <source>Edits waiting to be sent: %1</source>
        <translation>Nicht gesendete Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="88"/>
        <source>Edits made here that the server does not have yet; they are sent when it can be reached.</source>
        <translation>Hier gemachte Änderungen, die der Server noch nicht hat; sie werden gesendet, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="89"/>
        <source>Conflicts: %1</source>
        <translation>Konflikte: %1</translation>
    </message>
    <message>
        <location filename="../views/syncstatusbar.cpp" line="90"/>
        <source>Edits the server refused because someone changed the field first: open Run information on the run to keep yours or the server&apos;s.</source>
        <translation>Änderungen, die der Server abgelehnt hat, weil jemand das Feld vorher geändert hat: Öffnen Sie die Laufinformationen des Laufs, um Ihre oder die des Servers zu behalten.</translation>
    </message>
</context>
<context>
    <name>nereid::SysCatalogue</name>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="14"/>
        <source>Identifier of the run: the project key and a number (CLS-3)</source>
        <translation>Kennung des Laufs: der Projektschlüssel und eine Nummer (CLS-3)</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="15"/>
        <source>Custom run identifier supplied when the run was created</source>
        <translation>Eigene Kennung, die beim Anlegen des Laufs angegeben wurde</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="16"/>
        <source>Name of the run</source>
        <translation>Name des Laufs</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="17"/>
        <source>When the run was created</source>
        <translation>Wann der Lauf angelegt wurde</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="18"/>
        <source>Name of the account that created the run</source>
        <translation>Name des Kontos, das den Lauf angelegt hat</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="19"/>
        <source>Tags applied to the run</source>
        <translation>Tags des Laufs</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="20"/>
        <source>Group tags applied to the run</source>
        <translation>Gruppen-Tags des Laufs</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="21"/>
        <source>Description of the run</source>
        <translation>Beschreibung des Laufs</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="22"/>
        <source>Total running time of the run in seconds, across resumes</source>
        <translation>Gesamte Laufzeit des Laufs in Sekunden, über alle Fortsetzungen hinweg</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="23"/>
        <source>When the run was last modified</source>
        <translation>Wann der Lauf zuletzt geändert wurde</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="24"/>
        <source>Last interaction with the logging client</source>
        <translation>Letzter Kontakt mit dem Logging-Client</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="25"/>
        <source>Whether the run is active or inactive</source>
        <translation>Ob der Lauf aktiv oder inaktiv ist</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="26"/>
        <source>Whether the run failed</source>
        <translation>Ob der Lauf fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="27"/>
        <source>Size of the run&apos;s metadata in bytes</source>
        <translation>Größe der Metadaten des Laufs in Bytes</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="28"/>
        <source>System host where the run was created</source>
        <translation>Rechner, auf dem der Lauf angelegt wurde</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="29"/>
        <source>Whether the run is in the trash</source>
        <translation>Ob der Lauf im Papierkorb liegt</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="30"/>
        <source>Identifier of the parent model (model versions only)</source>
        <translation>Kennung des übergeordneten Modells (nur Modellversionen)</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="31"/>
        <source>Stage of the model version (model versions only)</source>
        <translation>Stufe der Modellversion (nur Modellversionen)</translation>
    </message>
    <message>
        <location filename="../core/domain/syscatalogue.cpp" line="32"/>
        <source>Total monitoring time used by the run in seconds</source>
        <translation>Gesamte vom Lauf genutzte Überwachungszeit in Sekunden</translation>
    </message>
</context>
<context>
    <name>nereid::TagListEdit</name>
    <message>
        <location filename="../views/taglistedit.cpp" line="22"/>
        <source>New tag</source>
        <translation>Neues Tag</translation>
    </message>
    <message>
        <location filename="../views/taglistedit.cpp" line="26"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/taglistedit.cpp" line="28"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>nereid::ThumbnailCache</name>
    <message>
        <location filename="../models/thumbnailcache.cpp" line="103"/>
        <source>The image cannot be read.</source>
        <translation>Das Bild kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>nereid::ViewEditor</name>
    <message>
        <location filename="../core/cache/vieweditor.cpp" line="67"/>
        <location filename="../core/cache/vieweditor.cpp" line="93"/>
        <source>There is no view &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es keine Ansicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/cache/vieweditor.cpp" line="80"/>
        <source>The view &quot;%1&quot; cannot be renamed to &quot;%2&quot;.</source>
        <translation>Die Ansicht „%1“ kann nicht in „%2“ umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../core/cache/vieweditor.cpp" line="112"/>
        <source>There is no conflict on the view &quot;%1&quot;.</source>
        <translation>Für die Ansicht „%1“ gibt es keinen Konflikt.</translation>
    </message>
</context>
<context>
    <name>nereid::ViewPuller</name>
    <message>
        <location filename="../core/sync/viewpuller.cpp" line="46"/>
        <source>the saved views of %1 could not be cached.</source>
        <translation>die gespeicherten Ansichten von %1 konnten nicht zwischengespeichert werden.</translation>
    </message>
</context>
<context>
    <name>nereid::ViewPusher</name>
    <message>
        <location filename="../core/sync/viewpusher.cpp" line="73"/>
        <source>the server&apos;s answer to a saved view has no name or revision.</source>
        <translation>die Antwort des Servers zu einer gespeicherten Ansicht hat keinen Namen oder keine Revision.</translation>
    </message>
</context>
<context>
    <name>nereid::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="18"/>
        <source>&amp;Copy a Python example</source>
        <translation>Python-Beispiel &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="19"/>
        <source>Open the &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="20"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="41"/>
        <source>Welcome to Nereid</source>
        <translation>Willkommen bei Nereid</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="46"/>
        <source>Log runs from your training scripts with the Python client, then browse, edit and compare them here. The example sets the server&apos;s address and token for the script and logs a parameter and a curve.</source>
        <translation>Protokollieren Sie Läufe aus Ihren Trainingsskripten mit dem Python-Client und durchsuchen, bearbeiten und vergleichen Sie sie hier. Das Beispiel gibt dem Skript Adresse und Token des Servers und protokolliert einen Parameter und eine Kurve.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="82"/>
        <source>Your private server runs at %1. It keeps its runs on this computer.</source>
        <translation>Ihr privater Server läuft unter %1. Er speichert seine Läufe auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="83"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="114"/>
        <source>Copied: paste the first line into a terminal and the rest into train.py.</source>
        <translation>Kopiert: die erste Zeile in ein Terminal einfügen, den Rest in train.py.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="122"/>
        <source>Writing the demo runs: %1 of %2</source>
        <translation>Demoläufe werden geschrieben: %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="130"/>
        <source>The demo project could not be written: %1</source>
        <translation>Das Demoprojekt konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
</TS>
