<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>OhMqttExplorer::ConnectionDialog</name>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="33"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="55"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="57"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="59"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="79"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="82"/>
        <location filename="../explorer/connection/connectiondialog.cpp" line="271"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="84"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="124"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="173"/>
        <source>Reading the password…</source>
        <translation>Lecture du mot de passe…</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="221"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="232"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="246"/>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="247"/>
        <source>Remove &quot;%1&quot; and its saved password?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et son mot de passe enregistré&#xa0;?</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="272"/>
        <source>Cannot write the settings file %1.</source>
        <translation>Impossible d’écrire le fichier de paramètres %1.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="285"/>
        <source>Saving the password…</source>
        <translation>Enregistrement du mot de passe…</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="322"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/connection/connectiondialog.cpp" line="323"/>
        <source>%n connection(s) have unsaved changes. Close and drop them?</source>
        <translation>
            <numerusform>%n connexion a des modifications non enregistrées. Fermer et les abandonner&#xa0;?</numerusform>
            <numerusform>%n connexions ont des modifications non enregistrées. Fermer et les abandonner&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionProfile</name>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="22"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="24"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="26"/>
        <source>MQTT version</source>
        <translation>Version MQTT</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="28"/>
        <source>Clean start</source>
        <translation>Clean Start</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="30"/>
        <source>Keep alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="32"/>
        <source>Session expiry</source>
        <translation>Expiration de session</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="34"/>
        <source>Connect timeout</source>
        <translation>Délai de connexion</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="36"/>
        <source>Reconnect delay</source>
        <translation>Délai de reconnexion</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="38"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="40"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="42"/>
        <source>Store password in the settings file (not encrypted)</source>
        <translation>Enregistrer le mot de passe dans le fichier de paramètres (non chiffré)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="45"/>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="47"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="49"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="51"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="53"/>
        <source>Insecure: skip certificate verification</source>
        <translation>Non sécurisé&#xa0;: ne pas vérifier le certificat</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="56"/>
        <source>Send a last will</source>
        <translation>Envoyer un testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="58"/>
        <source>Will topic</source>
        <translation>Topic du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="60"/>
        <source>Will payload</source>
        <translation>Charge utile du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="62"/>
        <source>Will QoS</source>
        <translation>QoS du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="64"/>
        <source>Will retain</source>
        <translation>Testament retenu</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="66"/>
        <source>Will delay</source>
        <translation>Délai du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="68"/>
        <source>Will message expiry</source>
        <translation>Expiration du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="70"/>
        <source>Will payload is UTF-8 text</source>
        <translation>La charge utile du testament est du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="72"/>
        <source>Will content type</source>
        <translation>Type de contenu du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="74"/>
        <source>Will response topic</source>
        <translation>Topic de réponse du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="76"/>
        <source>Will correlation data</source>
        <translation>Données de corrélation du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="78"/>
        <source>Will user properties</source>
        <translation>Propriétés utilisateur du testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="80"/>
        <source>Receive maximum</source>
        <translation>Maximum de réception</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="82"/>
        <source>Maximum packet size</source>
        <translation>Taille maximale de paquet</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="84"/>
        <source>Topic alias maximum</source>
        <translation>Nombre maximal d’alias de topic</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="86"/>
        <source>Request response information</source>
        <translation>Demander les informations de réponse</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="88"/>
        <source>Request problem information</source>
        <translation>Demander les informations de problème</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="90"/>
        <source>User properties</source>
        <translation>Propriétés utilisateur</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="99"/>
        <source>Local broker</source>
        <translation>Broker local</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="25"/>
        <source>unix: takes a path (unix:/path), not a host</source>
        <translation>unix: attend un chemin (unix:/chemin), pas un hôte</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="29"/>
        <source>no socket path after unix:</source>
        <translation>aucun chemin de socket après unix:</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="31"/>
        <source>the socket path names a directory</source>
        <translation>le chemin de socket désigne un répertoire</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="41"/>
        <source>enter the broker&apos;s address, e.g. mqtt://127.0.0.1:1883</source>
        <translation>saisissez l’adresse du broker, par ex. mqtt://127.0.0.1:1883</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="48"/>
        <source>unknown scheme &apos;%1&apos; (mqtt, mqtts, ws, wss or unix)</source>
        <translation>schéma «&#xa0;%1&#xa0;» inconnu (mqtt, mqtts, ws, wss ou unix)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="55"/>
        <source>no host</source>
        <translation>hôte manquant</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="57"/>
        <source>put the user name and password in the Authentication fields</source>
        <translation>saisissez le nom d’utilisateur et le mot de passe dans les champs d’authentification</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="59"/>
        <source>a query or fragment has no meaning here</source>
        <translation>une requête ou un fragment n’a pas de sens ici</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="61"/>
        <source>a path has no meaning for %1://</source>
        <translation>un chemin n’a pas de sens pour %1://</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="63"/>
        <source>port 0</source>
        <translation>le port 0 n’est pas autorisé</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="16"/>
        <location filename="../explorer/connection/profileproblems.cpp" line="26"/>
        <source>%1: %2</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="39"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="57"/>
        <source>%1 holds no PEM RSA or EC private key (keys with a passphrase are not supported)</source>
        <translation>%1 ne contient aucune clé privée RSA ou EC au format PEM (les clés protégées par une phrase secrète ne sont pas prises en charge)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="80"/>
        <source>a client certificate needs its key</source>
        <translation>un certificat client nécessite sa clé</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="82"/>
        <source>a key needs its client certificate</source>
        <translation>une clé nécessite son certificat client</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="34"/>
        <source>must be between 0 and %1</source>
        <translation>doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="46"/>
        <source>give the connection a name</source>
        <translation>donnez un nom à la connexion</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="61"/>
        <source>MQTT 3.1.1 sends a password only with a user name</source>
        <translation>MQTT 3.1.1 n’envoie un mot de passe qu’avec un nom d’utilisateur</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionTab</name>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="93"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="94"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="95"/>
        <source>In flight</source>
        <translation>En transit</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="96"/>
        <source>Record / replay</source>
        <translation>Enregistrer / rejouer</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="221"/>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="226"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="228"/>
        <source>Reconnecting to %1: %2</source>
        <translation>Reconnexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="230"/>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="236"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="236"/>
        <source>Disconnected: %1</source>
        <translation>Déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="247"/>
        <source>%1 (this connection&apos;s share of %2)</source>
        <translation>%1 (part de cette connexion sur %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="279"/>
        <source>%1: the oldest history (%Ln messages) was dropped to stay within this connection&apos;s share (%2) of %3</source>
        <translation>
            <numerusform>%1 : l’historique le plus ancien (%Ln message) a été supprimé pour rester dans la part de cette connexion (%2) sur %3</numerusform>
            <numerusform>%1 : l’historique le plus ancien (%Ln messages) a été supprimé pour rester dans la part de cette connexion (%2) sur %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="327"/>
        <location filename="../explorer/app/connectiontab.cpp" line="332"/>
        <source>Delete retained messages</source>
        <translation>Supprimer les messages retenus</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="328"/>
        <source>No retained message is known at or below %1.</source>
        <translation>Aucun message retenu n’est connu pour %1 ni en dessous.</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="356"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="357"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="363"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="437"/>
        <source>Publish to this topic…</source>
        <translation>Publier sur ce topic…</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="273"/>
        <source>The oldest history (%Ln messages) was dropped to stay within %1</source>
        <translation>
            <numerusform>L’historique le plus ancien (%Ln message) a été supprimé pour rester sous %1</numerusform>
            <numerusform>L’historique le plus ancien (%Ln messages) a été supprimé pour rester sous %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="243"/>
        <source>%Ln topics · history %1 of %2</source>
        <translation>
            <numerusform>%Ln topic · historique %1 sur %2</numerusform>
            <numerusform>%Ln topics · historique %1 sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="333"/>
        <source>Delete the retained messages of %n topics at and below %1 on the broker?

Every client loses them, not only this one.</source>
        <translation>
            <numerusform>Supprimer sur le broker le message retenu de %n topic, à %1 et en dessous&#xa0;?

Tous les clients le perdent, pas seulement celui-ci.</numerusform>
            <numerusform>Supprimer sur le broker les messages retenus de %n topics, à %1 et en dessous&#xa0;?

Tous les clients les perdent, pas seulement celui-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="344"/>
        <source>Deleted %n retained messages</source>
        <translation>
            <numerusform>%n message retenu supprimé</numerusform>
            <numerusform>%n messages retenus supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="345"/>
        <source>Deleted %n retained messages; %1 failed: %2</source>
        <translation>
            <numerusform>%n message retenu supprimé&#xa0;; %1 en échec&#xa0;: %2</numerusform>
            <numerusform>%n messages retenus supprimés&#xa0;; %1 en échec&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="366"/>
        <source>Exported %n messages to %1</source>
        <translation>
            <numerusform>%n message exporté vers %1</numerusform>
            <numerusform>%n messages exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="432"/>
        <source>Copy topic</source>
        <translation>Copier le topic</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="434"/>
        <source>Copy subtree filter (%1)</source>
        <translation>Copier le filtre de la sous-arborescence (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="438"/>
        <source>Record this subtree…</source>
        <translation>Enregistrer cette sous-arborescence…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="442"/>
        <source>Export subtree…</source>
        <translation>Exporter la sous-arborescence…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="444"/>
        <source>Delete retained messages…</source>
        <translation>Supprimer les messages retenus…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="446"/>
        <source>Remove from the tree</source>
        <translation>Retirer de l’arborescence</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::DiffView</name>
    <message>
        <location filename="../explorer/viewers/diffview.cpp" line="41"/>
        <source>No earlier message on this topic to compare with</source>
        <translation>Aucun message précédent sur ce topic pour comparer</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/diffview.cpp" line="51"/>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::FileField</name>
    <message>
        <location filename="../explorer/connection/filefield.cpp" line="19"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ImageView</name>
    <message>
        <location filename="../explorer/viewers/imageview.cpp" line="37"/>
        <source>Not an image Qt can decode</source>
        <translation>Ce n’est pas une image que Qt sait décoder</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/imageview.cpp" line="38"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightTable</name>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="20"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="22"/>
        <location filename="../explorer/inflight/inflighttable.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="25"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="90"/>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="92"/>
        <source>awaiting PUBACK</source>
        <translation>en attente de PUBACK</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="94"/>
        <source>awaiting PUBREC</source>
        <translation>en attente de PUBREC</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="96"/>
        <source>awaiting PUBCOMP</source>
        <translation>en attente de PUBCOMP</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="98"/>
        <source>awaiting PUBREL</source>
        <translation>en attente de PUBREL</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="120"/>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="120"/>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="124"/>
        <source>(restored, topic unknown)</source>
        <translation>(restauré, topic inconnu)</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="147"/>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="149"/>
        <source>Packet id</source>
        <translation>ID de paquet</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="151"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="153"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="155"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="157"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="159"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="161"/>
        <source>Sends</source>
        <translation>Envois</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightView</name>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>1 message in flight</source>
        <translation>1 message en transit</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>%1 messages in flight</source>
        <translation>%1 messages en transit</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="70"/>
        <source>%1 %2</source>
        <comment>in-flight summary: a count, then its stage&apos;s name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="75"/>
        <source>%1: %2</source>
        <comment>in-flight summary: the total, then the counts per stage</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="76"/>
        <source>, </source>
        <comment>in-flight summary: between counts per stage</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonPath</name>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="29"/>
        <location filename="../explorer/viewers/jsonpath.cpp" line="39"/>
        <source>Expected a key at position %1</source>
        <translation>Clé attendue à la position %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="47"/>
        <source>Unexpected &quot;%1&quot; at position %2</source>
        <translation>«&#xa0;%1&#xa0;» inattendu à la position %2</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="53"/>
        <source>The path ends with &quot;.&quot;</source>
        <translation>Le chemin se termine par «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="70"/>
        <source>Unterminated quoted key at position %1</source>
        <translation>Clé entre guillemets non terminée à la position %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="80"/>
        <source>Expected an index or a quoted key at position %1</source>
        <translation>Index ou clé entre guillemets attendu à la position %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="85"/>
        <source>Expected &quot;]&quot; at position %1</source>
        <translation>«&#xa0;]&#xa0;» attendu à la position %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="96"/>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="103"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="105"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="107"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="109"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="111"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="116"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="150"/>
        <source>%1 is %2, not an array</source>
        <translation>%1 est %2, pas un tableau</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="155"/>
        <source>Index %1 is out of range: %2 has %3 elements</source>
        <translation>L’index %1 est hors limites&#xa0;: %2 a %3 éléments</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="165"/>
        <source>%1 is %2, not an object</source>
        <translation>%1 est %2, pas un objet</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="171"/>
        <source>No key &quot;%1&quot; in %2</source>
        <translation>Aucune clé «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonText</name>
    <message>
        <location filename="../explorer/publish/jsontext.cpp" line="103"/>
        <source>The text is empty: no JSON value.</source>
        <translation>Le texte est vide&#xa0;: aucune valeur JSON.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/jsontext.cpp" line="115"/>
        <source>More than one JSON value: a payload holds one.</source>
        <translation>Plus d’une valeur JSON&#xa0;: une charge utile n’en contient qu’une.</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonTreeModel</name>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="35"/>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="37"/>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="39"/>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="41"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="43"/>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="45"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="196"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="198"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="200"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonView</name>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="29"/>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="30"/>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="31"/>
        <source>Pretty text</source>
        <translation>Texte formaté</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="33"/>
        <source>Show the document as indented text instead of a tree</source>
        <translation>Afficher le document sous forme de texte indenté plutôt qu’en arborescence</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="82"/>
        <source>Invalid JSON at byte offset %1 (line %2, column %3): %4</source>
        <translation>JSON non valide à l’octet %1 (ligne %2, colonne %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="155"/>
        <source>Plot %1 over time</source>
        <translation>Tracer %1 au fil du temps</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::KeychainSecretStore</name>
    <message>
        <location filename="../explorer/connection/keychainsecretstore.cpp" line="62"/>
        <source>the system keychain</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MainWindow</name>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="37"/>
        <source>OhMqtt Explorer</source>
        <translation>OhMqtt Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="63"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="64"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="66"/>
        <source>Q&amp;uick connect…</source>
        <translation>Connexion &amp;rapide…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="69"/>
        <source>&amp;Reconnect</source>
        <translation>Re&amp;connecter</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="74"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="78"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="87"/>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="88"/>
        <source>&amp;Filter topics</source>
        <translation>&amp;Filtrer les topics</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="100"/>
        <source>Select a topic in the tree first</source>
        <translation>Sélectionnez d’abord un topic dans l’arborescence</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="105"/>
        <source>&amp;Export selected subtree…</source>
        <translation>&amp;Exporter la sous-arborescence sélectionnée…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="109"/>
        <source>&amp;Delete retained messages of the selected subtree…</source>
        <translation>&amp;Supprimer les messages retenus de la sous-arborescence sélectionnée…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="114"/>
        <source>&amp;Clear the tree</source>
        <translation>&amp;Vider l’arborescence</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="120"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="122"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="129"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="130"/>
        <source>&amp;About OhMqtt Explorer</source>
        <translation>À &amp;propos d’OhMqtt Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="179"/>
        <source>Quick connect</source>
        <translation>Connexion rapide</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="180"/>
        <source>Broker address (mqtt://, mqtts://, ws://, wss:// or unix:):</source>
        <translation>Adresse du broker (mqtt://, mqtts://, ws://, wss:// ou unix:)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="204"/>
        <source>No connection — Connection ▸ New connection (Ctrl+N)</source>
        <translation>Aucune connexion — Connexion ▸ Nouvelle connexion (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="226"/>
        <source>The preferences could not be saved; they apply until the explorer quits</source>
        <translation>Les préférences n’ont pas pu être enregistrées ; elles s’appliquent jusqu’à la fermeture de l’explorateur</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="254"/>
        <source>About OhMqtt Explorer</source>
        <translation>À propos d’OhMqtt Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="255"/>
        <source>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;A fast MQTT 5.0 and 3.1.1 explorer built on the OhMqtt Qt library.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;Un explorateur MQTT 5.0 et 3.1.1 rapide, construit sur la bibliothèque Qt OhMqtt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MemorySecretStore</name>
    <message>
        <location filename="../explorer/connection/memorysecretstore.cpp" line="35"/>
        <source>memory</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>la mémoire</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageDetail</name>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="40"/>
        <source>Copy topic</source>
        <translation>Copier le topic</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="41"/>
        <source>Copy payload</source>
        <translation>Copier la charge utile</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="42"/>
        <source>Edit in Publish</source>
        <translation>Modifier dans «&#xa0;Publier&#xa0;»</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="43"/>
        <source>Publish Again</source>
        <translation>Publier à nouveau</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="55"/>
        <source>Put this message into the publish panel: topic, payload, QoS, retain and properties, to change before sending</source>
        <translation>Placer ce message dans le panneau de publication (topic, charge utile, QoS, retenu et propriétés) pour le modifier avant l’envoi</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="58"/>
        <source>Publish this message again now, unchanged</source>
        <translation>Publier à nouveau ce message maintenant, sans modification</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="107"/>
        <source>Diff</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="108"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="109"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/viewers/messagedetail.cpp" line="222"/>
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="260"/>
        <source>Copied the topic</source>
        <translation>Topic copié</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="275"/>
        <source>Copied %1 of payload</source>
        <translation>Charge utile copiée (%1)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageExport</name>
    <message>
        <location filename="../explorer/app/messageexport.cpp" line="125"/>
        <location filename="../explorer/app/messageexport.cpp" line="134"/>
        <source>%1: %2</source>
        <comment>file path, then the error</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageHistoryModel</name>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="100"/>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="102"/>
        <source>Q%1</source>
        <comment>QoS level</comment>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="104"/>
        <source> R</source>
        <comment>retained</comment>
        <translation> R</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="106"/>
        <source> D</source>
        <comment>duplicate</comment>
        <translation> D</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="120"/>
        <source>QoS %1%2%3</source>
        <translation>QoS %1%2%3</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="122"/>
        <source>, retained</source>
        <translation>, retenu</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="123"/>
        <source>, duplicate</source>
        <translation>, doublon</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="137"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="139"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="141"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="143"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessagePropertiesView</name>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="24"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="24"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="31"/>
        <source>0 (at most once)</source>
        <translation>0 (au plus une fois)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="33"/>
        <source>1 (at least once)</source>
        <translation>1 (au moins une fois)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="35"/>
        <source>2 (exactly once)</source>
        <translation>2 (exactement une fois)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="44"/>
        <source>Payload format indicator</source>
        <translation>Indicateur de format de la charge utile</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="46"/>
        <source>Message expiry interval</source>
        <translation>Intervalle d’expiration du message</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="48"/>
        <source>Topic alias</source>
        <translation>Alias de topic</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="50"/>
        <source>Response topic</source>
        <translation>Topic de réponse</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="52"/>
        <source>Correlation data</source>
        <translation>Données de corrélation</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="54"/>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="56"/>
        <source>Subscription identifier</source>
        <translation>Identifiant d’abonnement</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="72"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="73"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="75"/>
        <source>(not UTF-8 text)</source>
        <translation>(pas du texte UTF-8)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="83"/>
        <source>1 (UTF-8 text)</source>
        <translation>1 (texte UTF-8)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="84"/>
        <source>%1 (unspecified bytes)</source>
        <translation>%1 (octets non spécifiés)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="86"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="98"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="98"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="110"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="111"/>
        <source>MQTT 5 properties</source>
        <translation>Propriétés MQTT 5</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="119"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="120"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="121"/>
        <source>Retain</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="122"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="124"/>
        <source>Packet identifier</source>
        <translation>Identifiant de paquet</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="125"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="128"/>
        <source>Payload size</source>
        <translation>Taille de la charge utile</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="138"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="146"/>
        <source>User properties</source>
        <translation>Propriétés utilisateur</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PasswordVault</name>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="52"/>
        <source>this build has no keychain support</source>
        <translation>cette version ne prend pas en charge le trousseau</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="67"/>
        <source>Password saved in %1.</source>
        <translation>Mot de passe enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="80"/>
        <source>Password not saved: no keychain works (%1). Tick &quot;Store password in the settings file&quot; to keep it there, not encrypted.</source>
        <translation>Mot de passe non enregistré&#xa0;: aucun trousseau ne fonctionne (%1). Cochez «&#xa0;Enregistrer le mot de passe dans le fichier de paramètres&#xa0;» pour l’y conserver, non chiffré.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="91"/>
        <source>Password not saved: %1</source>
        <translation>Mot de passe non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="97"/>
        <source>Password saved in %1, not encrypted (no keychain: %2).</source>
        <translation>Mot de passe enregistré dans %1, non chiffré (pas de trousseau&#xa0;: %2).</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="113"/>
        <source>Cannot read the keychain: %1</source>
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="144"/>
        <source>Cannot remove the password: %1</source>
        <translation>Impossible de supprimer le mot de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadDiff</name>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="86"/>
        <source>The payloads are identical</source>
        <translation>Les charges utiles sont identiques</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="89"/>
        <source>Same JSON content; the bytes first differ at offset %1</source>
        <translation>Même contenu JSON&#xa0;; les octets diffèrent à partir de la position %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="90"/>
        <source>Lines added: %1, removed: %2 (JSON, pretty-printed)</source>
        <translation>Lignes ajoutées&#xa0;: %1, supprimées&#xa0;: %2 (JSON, mis en forme)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="91"/>
        <source>Lines added: %1, removed: %2</source>
        <translation>Lignes ajoutées&#xa0;: %1, supprimées&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="94"/>
        <source>Payloads differ at byte offset %1 (a line diff stops at %2)</source>
        <translation>Les charges utiles diffèrent à partir de l’octet %1 (la comparaison ligne par ligne s’arrête à %2)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="97"/>
        <source>Payloads differ at byte offset %1 (too many changes for a line diff)</source>
        <translation>Les charges utiles diffèrent à partir de l’octet %1 (trop de modifications pour une comparaison ligne par ligne)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="100"/>
        <source>Payloads differ at byte offset %1 (binary, no line diff)</source>
        <translation>Les charges utiles diffèrent à partir de l’octet %1 (binaire, pas de comparaison ligne par ligne)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadEditor</name>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="45"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="46"/>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="54"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="55"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="56"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="57"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="68"/>
        <source>Any bytes as hex digits in pairs, e.g. &quot;0a 1b ff&quot;</source>
        <translation>N’importe quels octets en chiffres hexadécimaux par paires, par ex. «&#xa0;0a 1b ff&#xa0;»</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="73"/>
        <source>Indent the JSON text; keys keep their order</source>
        <translation>Indenter le texte JSON&#xa0;; les clés gardent leur ordre</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="134"/>
        <source>Payload as hex, e.g. 0a 1b ff</source>
        <translation>Charge utile en hexadécimal, par ex. 0a 1b ff</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="135"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="146"/>
        <source>Longer than %1: too long to edit as hex.</source>
        <translation>Plus de %1&#xa0;: trop long pour être modifié en hexadécimal.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="162"/>
        <source>These bytes are not text the editor can hold exactly (invalid UTF-8, control characters or carriage returns): they stay in hex.</source>
        <translation>Ces octets ne sont pas un texte que l’éditeur peut conserver tel quel (UTF-8 invalide, caractères de contrôle ou retours chariot)&#xa0;: ils restent en hexadécimal.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="249"/>
        <location filename="../explorer/publish/payloadeditor.cpp" line="256"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="251"/>
        <source>%1 is larger than an MQTT message can be (%2 bytes).</source>
        <translation>%1 dépasse la taille maximale d’un message MQTT (%2 octets).</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="277"/>
        <source>Choose the Payload File</source>
        <translation>Choisir le fichier de charge utile</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="316"/>
        <source>Invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON non valide à la ligne %1, colonne %2 (octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="326"/>
        <source>Hex digits in pairs are expected, e.g. &quot;0a 1b ff&quot;.</source>
        <translation>Des chiffres hexadécimaux par paires sont attendus, par ex. «&#xa0;0a 1b ff&#xa0;».</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="329"/>
        <source>Choose a file to send.</source>
        <translation>Choisissez un fichier à envoyer.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="337"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="345"/>
        <source>The received payload — %Ln byte(s) (%1), sent as it came</source>
        <translation>
            <numerusform>La charge utile reçue — %Ln octet (%1), envoyée telle quelle</numerusform>
            <numerusform>La charge utile reçue — %Ln octets (%1), envoyée telle quelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="347"/>
        <source>%1 — %Ln byte(s) (%2)</source>
        <translation>
            <numerusform>%1 — %Ln octet (%2)</numerusform>
            <numerusform>%1 — %Ln octets (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadFormat</name>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="64"/>
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="66"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="68"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="70"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="72"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="74"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="89"/>
        <source>1 byte</source>
        <translation>1 octet</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="90"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadNumbers</name>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="190"/>
        <source>The payload is not a number; enter a JSON path</source>
        <translation>La charge utile n’est pas un nombre&#xa0;; saisissez un chemin JSON</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="193"/>
        <source>The payload is too large to read as JSON</source>
        <translation>La charge utile est trop volumineuse pour être lue comme du JSON</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="197"/>
        <source>The payload is not JSON: %1</source>
        <translation>La charge utile n’est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="210"/>
        <source>%1 is %2, not a number</source>
        <translation>%1 est %2, pas un nombre</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadPreview</name>
    <message>
        <location filename="../explorer/topics/payloadpreview.cpp" line="79"/>
        <source>&lt;%1 bytes binary&gt;</source>
        <translation>&lt;%1 octets binaires&gt;</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadView</name>
    <message>
        <location filename="../explorer/viewers/payloadview.cpp" line="42"/>
        <source>How to show the payload</source>
        <translation>Mode d’affichage de la charge utile</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadview.cpp" line="121"/>
        <source>Auto (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PreferencesDialog</name>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="34"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="37"/>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="38"/>
        <source>How many of the latest messages of each topic are kept</source>
        <translation>Combien des derniers messages de chaque topic sont conservés</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="42"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="44"/>
        <source>Memory for the history of all open connections together</source>
        <translation>Mémoire pour l’historique de toutes les connexions ouvertes ensemble</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="48"/>
        <source>The history keeps the latest messages of every topic for the message view and for exports.

The memory budget is shared by all open connections: each gets an even share, split again whenever a connection opens or closes. When a connection&apos;s history would outgrow its share, its oldest messages go first, whatever their topic, and the status bar says so. Lowering a limit drops messages at once.</source>
        <translation>L’historique garde les derniers messages de chaque topic pour la vue des messages et pour les exports.

Le budget mémoire est partagé par toutes les connexions ouvertes : chacune reçoit une part égale, répartie de nouveau à chaque ouverture ou fermeture d’une connexion. Quand l’historique d’une connexion dépasserait sa part, ses messages les plus anciens partent en premier, quel que soit leur topic, et la barre d’état l’indique. Abaisser une limite supprime des messages aussitôt.</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="58"/>
        <source>&amp;History per topic:</source>
        <translation>&amp;Historique par topic :</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="59"/>
        <source>&amp;Memory budget:</source>
        <translation>Budget &amp;mémoire :</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="100"/>
        <source>One open connection may use all of it.</source>
        <translation>Une seule connexion ouverte peut tout utiliser.</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/preferencesdialog.cpp" line="103"/>
        <source>%n open connections share it: %1 each.</source>
        <translation>
            <numerusform>%n connexion ouverte le partage : %1 chacune.</numerusform>
            <numerusform>%n connexions ouvertes le partagent : %1 chacune.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ProfileEditor</name>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="33"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="34"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="35"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="36"/>
        <source>Last will</source>
        <translation>Testament</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="37"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="61"/>
        <source>e.g. Home broker</source>
        <translation>par ex. Broker maison</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="63"/>
        <source>mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path</source>
        <translation>mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="64"/>
        <source>generated at each connect</source>
        <translation>généré à chaque connexion</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="67"/>
        <source>5.0</source>
        <translation>5.0</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="68"/>
        <source>3.1.1</source>
        <translation>3.1.1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="70"/>
        <location filename="../explorer/connection/profileeditor.cpp" line="73"/>
        <location filename="../explorer/connection/profileeditor.cpp" line="74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="70"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="72"/>
        <source>0: the session ends with the connection</source>
        <translation>0&#xa0;: la session se termine avec la connexion</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="73"/>
        <source>none</source>
        <comment>connect timeout: no limit</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="79"/>
        <location filename="../explorer/connection/profileeditor.cpp" line="80"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="74"/>
        <source>never reconnect</source>
        <translation>ne jamais se reconnecter</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="86"/>
        <source>Used only when no system keychain works. Anyone who can read the settings file can read the password.</source>
        <translation>Utilisé uniquement si aucun trousseau du système ne fonctionne. Quiconque peut lire le fichier de paramètres peut lire le mot de passe.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="92"/>
        <source>For mqtts:// and wss:// addresses. Without a CA file the system&apos;s certificate authorities are trusted.</source>
        <translation>Pour les adresses mqtts:// et wss://. Sans fichier CA, les autorités de certification du système sont approuvées.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="97"/>
        <source>the address&apos;s host</source>
        <translation>l’hôte de l’adresse</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="99"/>
        <source>Accept any certificate the broker shows: anyone on the way can read and change the traffic. For tests only.</source>
        <translation>Accepter tout certificat présenté par le broker&#xa0;: n’importe qui sur le trajet peut lire et modifier le trafic. Pour les tests uniquement.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="109"/>
        <source>0 — at most once</source>
        <translation>0 — au plus une fois</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="110"/>
        <source>1 — at least once</source>
        <translation>1 — au moins une fois</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="111"/>
        <source>2 — exactly once</source>
        <translation>2 — exactement une fois</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="114"/>
        <source>0: at once</source>
        <translation>0&#xa0;: immédiatement</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="115"/>
        <source>0: never expires</source>
        <translation>0&#xa0;: n’expire jamais</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="127"/>
        <source>CONNECT properties (MQTT 5.0).</source>
        <translation>Propriétés du paquet CONNECT (MQTT 5.0).</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="128"/>
        <source>not sent (65535)</source>
        <translation>non envoyé (65535)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="129"/>
        <source>not sent (no limit)</source>
        <translation>non envoyé (aucune limite)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="130"/>
        <source>0 (no aliases)</source>
        <translation>0 (aucun alias)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishHistoryModel</name>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="17"/>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="87"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="81"/>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="109"/>
        <source>Retain</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="89"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="91"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="103"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="105"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="107"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="111"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="113"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishOutcome</name>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="19"/>
        <source>Failed: %1 (reason code %2)</source>
        <translation>Échec&#xa0;: %1 (code de raison %2)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="23"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="28"/>
        <source>Sent (QoS 0: the broker does not acknowledge)</source>
        <translation>Envoyé (QoS 0&#xa0;: le broker n’accuse pas réception)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="30"/>
        <source>Acknowledged by PUBACK (%1)</source>
        <translation>Acquitté par PUBACK (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="32"/>
        <source>Acknowledged by PUBCOMP (%1)</source>
        <translation>Acquitté par PUBCOMP (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="34"/>
        <source>Acknowledged by PUBREC (%1)</source>
        <translation>Acquitté par PUBREC (%1)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishPanel</name>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="69"/>
        <source>Topic, e.g. home/kitchen/light</source>
        <translation>Topic, par ex. home/kitchen/light</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="80"/>
        <source>QoS:</source>
        <translation>QoS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="88"/>
        <source>Retain</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="102"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="104"/>
        <source>Publish the message (Ctrl+Return)</source>
        <translation>Publier le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="115"/>
        <source>Topic:</source>
        <translation>Topic&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="145"/>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="147"/>
        <source>Publish the selected message again</source>
        <translation>Publier à nouveau le message sélectionné</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="151"/>
        <source>Sent messages:</source>
        <translation>Messages envoyés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="221"/>
        <source>Cannot publish: the connection is shut down.</source>
        <translation>Impossible de publier&#xa0;: la connexion est fermée.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="225"/>
        <location filename="../explorer/publish/publishpanel.cpp" line="262"/>
        <source>Invalid topic: %1</source>
        <translation>Topic non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="275"/>
        <source>MQTT 5.0 properties</source>
        <translation>Propriétés MQTT 5.0</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="276"/>
        <source>MQTT 5.0 properties (not sent: MQTT 3.1.1 connection)</source>
        <translation>Propriétés MQTT 5.0 (non envoyées&#xa0;: connexion MQTT 3.1.1)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="294"/>
        <source>Publishing to %1…</source>
        <translation>Publication sur %1…</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="295"/>
        <source>Waiting for the connection to publish to %1…</source>
        <translation>En attente de la connexion pour publier sur %1…</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishPropertiesEditor</name>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="69"/>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="82"/>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="86"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="70"/>
        <source>0: unspecified bytes</source>
        <translation>0&#xa0;: octets non spécifiés</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="71"/>
        <source>1: UTF-8 text</source>
        <translation>1&#xa0;: texte UTF-8</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="74"/>
        <source>Not set: the message does not expire</source>
        <translation>Non défini&#xa0;: le message n’expire pas</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="80"/>
        <source>Not set, e.g. application/json</source>
        <translation>Non défini, par ex. application/json</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="88"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="89"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="95"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="96"/>
        <source>Try: use an alias while the broker allows more</source>
        <translation>Essayer&#xa0;: utiliser un alias tant que le broker en autorise d’autres</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="98"/>
        <source>Always: fail when no alias is left</source>
        <translation>Toujours&#xa0;: échouer s’il ne reste aucun alias</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="107"/>
        <source>Payload format:</source>
        <translation>Format de la charge utile&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="108"/>
        <source>Message expiry (s):</source>
        <translation>Expiration du message (s)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="110"/>
        <source>Content type:</source>
        <translation>Type de contenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="111"/>
        <source>Response topic:</source>
        <translation>Topic de réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="113"/>
        <source>Correlation data:</source>
        <translation>Données de corrélation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="115"/>
        <source>User properties:</source>
        <translation>Propriétés utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="116"/>
        <source>Topic alias:</source>
        <translation>Alias de topic&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="180"/>
        <source>At most %1 seconds.</source>
        <translation>%1 secondes au maximum.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="187"/>
        <source>Invalid response topic: %1</source>
        <translation>Topic de réponse non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="192"/>
        <source>Hex digits in pairs are expected, e.g. &quot;0a 1b ff&quot;.</source>
        <translation>Des chiffres hexadécimaux par paires sont attendus, par ex. «&#xa0;0a 1b ff&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RecordPanel</name>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="40"/>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="44"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <location filename="../explorer/record/recordpanel.cpp" line="169"/>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="57"/>
        <source>1× (as recorded)</source>
        <translation>1× (comme enregistré)</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="58"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="59"/>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="60"/>
        <source>100×</source>
        <translation>100×</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="61"/>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="63"/>
        <location filename="../explorer/record/recordpanel.cpp" line="64"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="68"/>
        <source>Record</source>
        <comment>section title</comment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="70"/>
        <source>Topic filter:</source>
        <translation>Filtre de topic&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="71"/>
        <location filename="../explorer/record/recordpanel.cpp" line="76"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="74"/>
        <source>Replay through this connection</source>
        <translation>Rejouer via cette connexion</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="77"/>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="94"/>
        <source>%Ln messages recorded</source>
        <translation>
            <numerusform>%Ln message enregistré</numerusform>
            <numerusform>%Ln messages enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="111"/>
        <source>Replayed %Ln messages</source>
        <translation>
            <numerusform>%Ln message rejoué</numerusform>
            <numerusform>%Ln messages rejoués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="112"/>
        <source>Replayed %Ln messages, %1 failed</source>
        <translation>
            <numerusform>%Ln message rejoué, %1 en échec</numerusform>
            <numerusform>%Ln messages rejoués, %1 en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="129"/>
        <source>Recorded %Ln messages to %1</source>
        <translation>
            <numerusform>%Ln message enregistré dans %1</numerusform>
            <numerusform>%Ln messages enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="149"/>
        <source>Stopped after %1 of %n messages</source>
        <translation>
            <numerusform>Arrêté après %1 sur %n message</numerusform>
            <numerusform>Arrêté après %1 sur %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="160"/>
        <source>Replaying %Ln messages…</source>
        <translation>
            <numerusform>Rejeu de %Ln message…</numerusform>
            <numerusform>Rejeu de %Ln messages…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="166"/>
        <source>OhMqtt recordings (*.jsonl);;All files (*)</source>
        <translation>Enregistrements OhMqtt (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="168"/>
        <source>Record to</source>
        <translation>Enregistrer dans</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::Recorder</name>
    <message>
        <location filename="../explorer/record/recorder.cpp" line="56"/>
        <location filename="../explorer/record/recorder.cpp" line="91"/>
        <location filename="../explorer/record/recorder.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::Recording</name>
    <message>
        <location filename="../explorer/record/recording.cpp" line="131"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="149"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="150"/>
        <source>invalid JSON at column %1: %2</source>
        <translation>JSON non valide à la colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="159"/>
        <source>field &apos;format&apos;: not an OhMqtt recording</source>
        <translation>champ «&#xa0;format&#xa0;»&#xa0;: pas un enregistrement OhMqtt</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="165"/>
        <source>field &apos;version&apos;: version %1 is not supported</source>
        <translation>champ «&#xa0;version&#xa0;»&#xa0;: la version %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="176"/>
        <source>field &apos;%1&apos; is missing or invalid</source>
        <translation>champ «&#xa0;%1&#xa0;» manquant ou non valide</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="183"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="192"/>
        <location filename="../explorer/record/recording.cpp" line="199"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RowView</name>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="49"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="52"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="54"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="177"/>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SettingsSecretStore</name>
    <message>
        <location filename="../explorer/connection/settingssecretstore.cpp" line="25"/>
        <source>the settings file</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>le fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../explorer/connection/settingssecretstore.cpp" line="53"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionDialog</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="42"/>
        <source>No local: not the messages this connection publishes</source>
        <translation>No Local&#xa0;: pas les messages publiés par cette connexion</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="43"/>
        <source>Retain as published</source>
        <translation>Retain as Published</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="49"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="52"/>
        <source>e.g. home/+/temperature or sensors/#</source>
        <translation>par ex. home/+/temperature ou sensors/#</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="55"/>
        <source>Not shared</source>
        <translation>Non partagé</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="56"/>
        <source>Subscribe to $share/&lt;name&gt;/&lt;filter&gt;: the broker hands each message to one of the subscribers sharing the name</source>
        <translation>S’abonner à $share/&lt;name&gt;/&lt;filter&gt;&#xa0;: le broker remet chaque message à un seul des abonnés qui partagent ce nom</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="72"/>
        <source>Keep the RETAIN flag the publisher set, also on messages that are not sent because of this subscription</source>
        <translation>Conserver l’indicateur RETAIN défini par l’éditeur, y compris sur les messages qui ne sont pas envoyés en raison de cet abonnement</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="75"/>
        <source>Send retained messages at subscribe</source>
        <translation>Envoyer les messages retenus à l’abonnement</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="77"/>
        <source>Send retained messages only if the subscription is new</source>
        <translation>Envoyer les messages retenus seulement si l’abonnement est nouveau</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="79"/>
        <source>Never send retained messages</source>
        <translation>Ne jamais envoyer les messages retenus</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="82"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="85"/>
        <source>The broker does not support them</source>
        <translation>Le broker ne les prend pas en charge</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="91"/>
        <source>Retain handling:</source>
        <translation>Traitement des messages retenus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="92"/>
        <source>Subscription identifier:</source>
        <translation>Identifiant d’abonnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="93"/>
        <source>User properties:</source>
        <translation>Propriétés utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="97"/>
        <source>MQTT 5.0 options</source>
        <translation>Options MQTT 5.0</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="98"/>
        <source>MQTT 5.0 options (not available: MQTT 3.1.1 connection)</source>
        <translation>Options MQTT 5.0 (indisponibles&#xa0;: connexion MQTT 3.1.1)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="103"/>
        <source>Topic filter:</source>
        <translation>Filtre de topic&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="105"/>
        <source>Share name:</source>
        <translation>Nom de partage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="107"/>
        <source>Maximum QoS:</source>
        <translation>QoS maximale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="186"/>
        <source>The share name is given twice: in the filter and below it.</source>
        <translation>Le nom de partage est indiqué deux fois&#xa0;: dans le filtre et en dessous.</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="189"/>
        <source>Invalid topic filter: %1</source>
        <translation>Filtre de topic non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="196"/>
        <source>Invalid share name: %1</source>
        <translation>Nom de partage non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionsModel</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="198"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="210"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="212"/>
        <source>Share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="214"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="216"/>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="218"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="220"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="229"/>
        <source>no local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="231"/>
        <source>retain as published</source>
        <translation>Retain as Published</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="236"/>
        <source>retained: only if new</source>
        <translation>retenus&#xa0;: seulement si nouveau</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="239"/>
        <source>retained: never</source>
        <translation>retenus&#xa0;: jamais</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="243"/>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="245"/>
        <source>user properties: %1</source>
        <translation>propriétés utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="246"/>
        <source>, </source>
        <comment>between the parts of a subscription&apos;s options summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="253"/>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="255"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="257"/>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="259"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionsPanel</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="24"/>
        <source>All topics (#)</source>
        <translation>Tous les topics (#)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="25"/>
        <source>Broker statistics ($SYS/#)</source>
        <translation>Statistiques du broker ($SYS/#)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="27"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="28"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="29"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicBrowser</name>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="24"/>
        <source>Filter: text or topic filter such as sensors/+/temp</source>
        <translation>Filtre&#xa0;: texte ou filtre de topic comme sensors/+/temp</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="26"/>
        <source>Text matches topics and values, ignoring case. Text with + or # that is a valid topic filter matches topics as a subscription would.</source>
        <translation>Le texte est recherché dans les topics et les valeurs, sans tenir compte de la casse. Un texte contenant + ou # qui forme un filtre de topic valide sélectionne les topics comme le ferait un abonnement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/topics/topicbrowser.cpp" line="133"/>
        <source>%Ln topics, %1 shown</source>
        <translation>
            <numerusform>%Ln topic, affichés&#xa0;: %1</numerusform>
            <numerusform>%Ln topics, affichés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="136"/>
        <source>%1 (topic filter)</source>
        <translation>%1 (filtre de topic)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicTreeModel</name>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="142"/>
        <source>Messages per second to this topic, averaged over the last seconds</source>
        <translation>Messages par seconde sur ce topic, en moyenne sur les dernières secondes</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="144"/>
        <source>Topics below this level</source>
        <translation>Topics sous ce niveau</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="146"/>
        <source>Messages to the topics below this level</source>
        <translation>Messages vers les topics sous ce niveau</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="155"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="157"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="159"/>
        <source>Retained</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="161"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="163"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="165"/>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="167"/>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="169"/>
        <source>Topics below</source>
        <translation>Topics en dessous</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="171"/>
        <source>Messages below</source>
        <translation>Messages en dessous</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="182"/>
        <source>(empty level)</source>
        <translation>(niveau vide)</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="186"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="195"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TrafficMeter</name>
    <message>
        <location filename="../explorer/app/trafficmeter.cpp" line="53"/>
        <source>in %1 msg/s (%2/s) · out %3 msg/s (%4/s)</source>
        <translation>entrée %1 msg/s (%2/s) · sortie %3 msg/s (%4/s)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::UserPropertiesEditor</name>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="36"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="36"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="46"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="47"/>
        <source>Add a user property</source>
        <translation>Ajouter une propriété utilisateur</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="49"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="50"/>
        <source>Remove the selected user properties</source>
        <translation>Supprimer les propriétés utilisateur sélectionnées</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ValueChart</name>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="27"/>
        <source>JSON path, e.g. temperature or data.values[0]; empty for numeric payloads</source>
        <translation>Chemin JSON, par ex. temperature ou data.values[0]&#xa0;; vide pour les charges utiles numériques</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="44"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="123"/>
        <source>Invalid path: %1</source>
        <translation>Chemin non valide&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/viewers/valuechart.cpp" line="126"/>
        <source>%n of %1 messages have no number here: %2</source>
        <translation>
            <numerusform>%n message sur %1 n’a pas de nombre ici&#xa0;: %2</numerusform>
            <numerusform>%n messages sur %1 n’ont pas de nombre ici&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../explorer/main.cpp" line="34"/>
        <source>The OhMqtt MQTT explorer.</source>
        <translation>L’explorateur MQTT d’OhMqtt.</translation>
    </message>
    <message>
        <location filename="../explorer/main.cpp" line="38"/>
        <source>Connect to this broker at start.</source>
        <translation>Se connecter à ce broker au démarrage.</translation>
    </message>
    <message>
        <location filename="../explorer/main.cpp" line="43"/>
        <source>Save screenshots, then quit.</source>
        <translation>Enregistrer des captures d’écran, puis quitter.</translation>
    </message>
</context>
</TS>
