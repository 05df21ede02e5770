<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>WaterOutageNotifier</name>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source> SMS/s</source>
      <translation> SMS/s</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source> m</source>
      <translation> m</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>"1" replies</source>
      <translation>Risposte «1»</translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>%n SMS are UNCERTAIN: the gateway did not confirm them. Check with the provider before re-sending, or customers may get them twice.</source>
      <translation>
        <numerusform>%n SMS è in stato UNCERTAIN (incerto): il gateway non l'ha confermato. Verifica con il fornitore prima di inviarlo di nuovo, o le utenze potrebbero riceverlo due volte.</numerusform>
        <numerusform>%n SMS sono in stato UNCERTAIN (incerto): il gateway non li ha confermati. Verifica con il fornitore prima di inviarli di nuovo, o le utenze potrebbero riceverli due volte.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/notify_results.py" />
      <source>%n SMS wait in the outbox: press Send again to send them.</source>
      <translation>
        <numerusform>%n SMS in attesa: premi di nuovo Invia per mandarlo.</numerusform>
        <numerusform>%n SMS in attesa: premi di nuovo Invia per mandarli.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n customer(s) linked to the network (pipe pieces: {pieces}); data warnings: {warnings}.</source>
      <translation>
        <numerusform>%n utenza collegata alla rete (tratti di condotta: {pieces}); avvisi sui dati: {warnings}.</numerusform>
        <numerusform>%n utenze collegate alla rete (tratti di condotta: {pieces}); avvisi sui dati: {warnings}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/history_dock.py" />
      <source>%n customers</source>
      <translation>
        <numerusform>%n utenza</numerusform>
        <numerusform>%n utenze</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/pressure_tab.py" />
      <source>%n customers keep water, but at low pressure.</source>
      <translation>
        <numerusform>%n utenza resta con l'acqua, ma a bassa pressione.</numerusform>
        <numerusform>%n utenze restano con l'acqua, ma a bassa pressione.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n follow-up call(s) wait for the calling window to open.</source>
      <translation>
        <numerusform>%n chiamata di aggiornamento attende l'apertura della fascia per le chiamate.</numerusform>
        <numerusform>%n chiamate di aggiornamento attendono l'apertura della fascia per le chiamate.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n message(s) stay UNCERTAIN, never resent automatically: {gateway_reasons}.</source>
      <translation>
        <numerusform>%n messaggio resta da verificare e non viene mai reinviato da solo: {gateway_reasons}.</numerusform>
        <numerusform>%n messaggi restano da verificare e non vengono mai reinviati da soli: {gateway_reasons}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n message(s) that failed for a transient reason are due again.</source>
      <translation>
        <numerusform>%n messaggio non riuscito per un motivo temporaneo torna in coda.</numerusform>
        <numerusform>%n messaggi non riusciti per un motivo temporaneo tornano in coda.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n message(s) were interrupted while sending; checking them.</source>
      <translation>
        <numerusform>%n messaggio è stato interrotto durante l'invio; lo si verifica.</numerusform>
        <numerusform>%n messaggi sono stati interrotti durante l'invio; li si verifica.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/reminder_dialog.py" />
      <source>%n reminder(s) scheduled, each to {channels}; they go at their time, also with QGIS closed (outage:dispatch).</source>
      <translation>
        <numerusform>%n promemoria programmato, a {channels}; parte alla sua ora, anche a QGIS chiuso (outage:dispatch).</numerusform>
        <numerusform>%n promemoria programmati, ognuno a {channels}; partono alla loro ora, anche a QGIS chiuso (outage:dispatch).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/reminder_dialog.py" />
      <source>%n reminder(s), each to {channels}: {times}.</source>
      <translation>
        <numerusform>%n promemoria, a {channels}: {times}.</numerusform>
        <numerusform>%n promemoria, ognuno a {channels}: {times}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n selected customer id(s) are not in the index (layer changed since the model was built?), e.g. {ids}.</source>
      <translation>
        <numerusform>%n id di utenza selezionato non è nell'indice (layer cambiato dopo la costruzione del modello?), ad es. {ids}.</numerusform>
        <numerusform>%n id di utenza selezionati non sono nell'indice (layer cambiato dopo la costruzione del modello?), ad es. {ids}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/notify_dialog.py" />
      <source>%n sensitive customers cannot be reached by SMS: call them.</source>
      <translation>
        <numerusform>%n utenza sensibile non è raggiungibile via SMS: chiamala.</numerusform>
        <numerusform>%n utenze sensibili non sono raggiungibili via SMS: chiamale.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>&amp;Water Outage Notifier</source>
      <translation>&amp;Avvisi interruzioni idriche</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>(ALLOW_PAST_START sends anyway.)</source>
      <translation>(ALLOW_PAST_START invia comunque.)</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>(no id)</source>
      <translation>(senza codice)</translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/results_dock.py" />
      <source>+%n customers</source>
      <translation>
        <numerusform>+%n utenza</numerusform>
        <numerusform>+%n utenze</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>, {waiting} waiting</source>
      <translation>, in attesa: {waiting}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>A SQLite file for one operator, or a PostgreSQL connection shared by a team, such as postgresql://gis@db.example.it/utility (no password here: choose the login below).</source>
      <translation>Un file SQLite per un solo operatore, oppure una connessione PostgreSQL condivisa dal gruppo, ad esempio postgresql://gis@db.example.it/gestore (qui nessuna password: scegliere l'accesso qui sotto).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>A dry run records nothing and sends no email.</source>
      <translation>Una prova a vuoto non registra nulla e non invia email.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>A gateway profile has no name.</source>
      <translation>Un profilo del gateway non ha un nome.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>A later end: the extension to whoever had the notice; a notice still waiting goes with the new end.</source>
      <translation>Una fine più tarda: l'avviso di proroga a chi ha ricevuto l'avviso; un avviso ancora in attesa parte con la nuova fine.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>A mapped layer changed: the network model will be rebuilt.</source>
      <translation>Un layer mappato è cambiato: il modello di rete verrà ricostruito.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Add</source>
      <translation>Aggiungi</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Address field</source>
      <translation>Campo indirizzo</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Affected customers</source>
      <translation>Utenze coinvolte</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>All states</source>
      <translation>Tutti gli stati</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Already closed ({n})</source>
      <translation>Già chiuse ({n})</translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/notify_dialog.py" />
      <source>Also send the pressure-drop notice to the %n customers who keep water at low pressure:</source>
      <translation>
        <numerusform>Invia anche l'avviso di calo di pressione a %n utenza che resta con l'acqua a bassa pressione:</numerusform>
        <numerusform>Invia anche l'avviso di calo di pressione alle %n utenze che restano con l'acqua a bassa pressione:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>An OpenSSH known_hosts file with the SFTP server's key (empty: your own).</source>
      <translation>Un file known_hosts di OpenSSH con la chiave del server SFTP (vuoto: il vostro).</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>An extension ends later than the planned end.</source>
      <translation>Una proroga finisce dopo la fine prevista.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Background dispatch cannot start: {detail}</source>
      <translation>L'invio in background non può partire: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Background dispatch failed.</source>
      <translation>Invio in background non riuscito.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Background dispatch waits for the QGIS master password to be entered.</source>
      <translation>L'invio in background attende l'inserimento della password principale di QGIS.</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Background dispatch: %n message(s) in doubt.</source>
      <translation>
        <numerusform>Invio in background: %n messaggio da verificare.</numerusform>
        <numerusform>Invio in background: %n messaggi da verificare.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Background dispatch: the last pass still runs; this one is skipped.</source>
      <translation>Invio in background: il giro precedente è ancora in corso; questo viene saltato.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Base URL</source>
      <translation>URL di base</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Before sending, set in the plugin settings:</source>
      <translation>Prima di inviare, imposta nelle impostazioni del plugin:</translation>
    </message>
    <message>
      <location filename="../processing_provider/current_customers.py" />
      <source>Before sending, the customers' numbers and consent are read again from the customers layer, not from the report: give CUSTOMERS with CUSTOMER_ID_FIELD, PHONE_FIELD and CONSENT_FIELD (as for outage:customers), or open the project whose layers are mapped in the plugin settings.</source>
      <translation>Prima dell'invio i numeri e il consenso delle utenze si rileggono dal layer delle utenze, non dal report: indicare CUSTOMERS con CUSTOMER_ID_FIELD, PHONE_FIELD e CONSENT_FIELD (come per outage:customers), oppure aprire il progetto i cui layer sono associati nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Blocking: {reason}</source>
      <translation>Bloccante: {reason}</translation>
    </message>
    <message>
      <location filename="../gis/build_progress.py" />
      <source>Building the network model…</source>
      <translation>Costruzione del modello di rete…</translation>
    </message>
    <message>
      <location filename="../gis/build_progress.py" />
      <source>Building the network model… about {seconds} s left.</source>
      <translation>Costruzione del modello di rete… ancora circa {seconds} s.</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Builds the SMS recipient list for any set of customers, without a network: those matching EXPRESSION, only the selected ones (SELECTED_ONLY), and/or those of one MUNICIPALITY (needs the municipality field). The conditions add up. Writes the customers layer and the same JSON report as outage:isolate (role 'selected'), ready for outage:notify.</source>
      <translation>Crea l'elenco dei destinatari SMS per un qualsiasi insieme di utenze, senza rete: quelle che soddisfano EXPRESSION, solo quelle selezionate (SELECTED_ONLY) e/o quelle di un comune (MUNICIPALITY, richiede il campo comune). Le condizioni si sommano. Scrive il layer delle utenze e lo stesso report JSON di outage:isolate (ruolo 'selected'), pronto per outage:notify.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>By channel: {sms} SMS ({segments} segments), {calls} calls (about {minutes} min), {emails} emails, {flyers} customers on the flyer list.</source>
      <translation>Per canale: SMS {sms} (segmenti: {segments}), chiamate {calls} (circa {minutes} min), email {emails}, utenze nell'elenco dei volantini {flyers}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>By the pipe id field</source>
      <translation>Tramite il campo id condotta</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>CA file</source>
      <translation>File CA</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>CSV files (*.csv)</source>
      <translation>File CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>CSV for other programs (*.csv)</source>
      <translation>CSV per altri programmi (*.csv)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Call landlines with</source>
      <translation>Telefona ai numeri fissi con</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Call to {phone} unanswered ({gateway_reason}); calling again.</source>
      <translation>Chiamata a {phone} senza risposta ({gateway_reason}); si richiama.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Call-centre addresses</source>
      <translation>Indirizzi del call center</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Call-centre email {message_id} in doubt: {explained}</source>
      <translation>Email al call center {message_id} incerta: {explained}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Call-centre email {message_id} not sent: {explained}</source>
      <translation>Email al call center {message_id} non inviata: {explained}</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Call-centre email {message_id} sent to %n address(es).</source>
      <translation>
        <numerusform>Email al call center {message_id} inviata a %n indirizzo.</numerusform>
        <numerusform>Email al call center {message_id} inviata a %n indirizzi.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Call-centre email {message_id}: refused {answers}</source>
      <translation>Email al call center {message_id}: rifiutata da {answers}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: NOT sent. {why} "Re-send the email" tries again.</source>
      <translation>Email al call center: NON inviata. {why} «Re-invia l'email» riprova.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: not sent, no mail server is set (plugin settings, Email tab).</source>
      <translation>Email al call center: non inviata, nessun server di posta impostato (impostazioni del plugin, scheda Email).</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: not sent, since this press sent no SMS; it goes with the press that sends them.</source>
      <translation>Email al call center: non inviata, perché questo invio non ha mandato SMS; parte con l'invio che li manda.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: not sent, the box was unticked.</source>
      <translation>Email al call center: non inviata, la casella era disattivata.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: perhaps sent. {why}</source>
      <translation>Email al call center: forse inviata. {why}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: sent with this press, but not to every address. {why}</source>
      <translation>Email al call center: inviata con questo invio, ma non a tutti gli indirizzi. {why}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: sent with this press.</source>
      <translation>Email al call center: inviata con questo invio.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Call-centre email: {status}.</source>
      <translation>Email al call center: {status}.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Call-centre email: {status}. {why}</source>
      <translation>Email al call center: {status}. {why}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Call-centre number</source>
      <translation>Numero del call center</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Call-centre number: every SMS tells customers whom to call.</source>
      <translation>Numero del call center: ogni SMS dice alle utenze chi chiamare.</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>Calls: {sent} placed, {waiting} waiting, {doubt} in doubt, {failed} failed.</source>
      <translation>Chiamate effettuate: {sent}, in attesa: {waiting}, incerte: {doubt}, non riuscite: {failed}.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Cancel sending</source>
      <translation>Annulla l'invio</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Cancel sending keeps them queued: the next send, or the background pass, sends them.</source>
      <translation>«Annulla l'invio» li lascia in coda: partono con il prossimo invio o con il completamento automatico degli invii.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Cancel the work…</source>
      <translation>Annulla il lavoro…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Cancel {reference}? This cannot be undone.</source>
      <translation>Annullare {reference}? L'operazione non si può annullare.</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Cannot be reached by SMS</source>
      <translation>Non raggiungibile via SMS</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Category field</source>
      <translation>Campo categoria</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Category values of sensitive customers</source>
      <translation>Valori di categoria delle utenze sensibili</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Category values of shared meters</source>
      <translation>Valori di categoria dei contatori condominiali</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Certificates (*.pem *.crt *.cer)</source>
      <translation>Certificati (*.pem *.crt *.cer)</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Change the work</source>
      <translation>Modifica lavoro</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Characters outside the GSM-7 alphabet: {characters}. The message switches to UCS-2 (70 characters per segment).</source>
      <translation>Caratteri fuori dall'alfabeto GSM-7: {characters}. Il messaggio passa a UCS-2 (70 caratteri per SMS).</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Check a hydraulic model against the pipes</source>
      <translation>Confronta un modello idraulico con le condotte</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Check the model</source>
      <translation>Verifica il modello</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Choose an EPANET model (.inp).</source>
      <translation>Scegli un modello EPANET (.inp).</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Choose messages of one kind to re-send them together.</source>
      <translation>Scegli messaggi di un solo tipo per inviarli di nuovo insieme.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Choose the EPANET model</source>
      <translation>Scegli il modello EPANET</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Choose the customers layer.</source>
      <translation>Scegli il layer delle utenze.</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>Choose the folder the report is written to.</source>
      <translation>Scegliere la cartella in cui scrivere il rapporto.</translation>
    </message>
    <message>
      <location filename="../gis/model_check.py" />
      <source>Choose the pipes layer on the first tab first.</source>
      <translation>Scegli prima il layer delle condotte nella prima scheda.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Chosen channel (email)</source>
      <translation>Canale scelto (email)</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Clear the trace results</source>
      <translation>Cancella i risultati del tracciamento</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Click a pipe to find the valves to close; Shift-click adds pipes to the work site.</source>
      <translation>Fai clic su una condotta per trovare le valvole da chiudere; Maiusc+clic aggiunge condotte al cantiere.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Close</source>
      <translation>Chiudi</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Close the valve</source>
      <translation>Chiudere la valvola</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Clusters (possible valve left shut)</source>
      <translation>Gruppi (possibile valvola lasciata chiusa)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Consent field</source>
      <translation>Campo consenso</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Consent values</source>
      <translation>Valori di consenso</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Contact list</source>
      <translation>Elenco dei contatti</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts table</source>
      <translation>Tabella dei contatti</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: consent field</source>
      <translation>Contatti: campo consenso</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: customer id field</source>
      <translation>Contatti: campo id utenza</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: mobile phone field</source>
      <translation>Contatti: campo cellulare</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: name field</source>
      <translation>Contatti: campo nome</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: role field</source>
      <translation>Contatti: campo ruolo</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>Could not store the credentials '{name}' in the QGIS authentication database.</source>
      <translation>Impossibile salvare le credenziali '{name}' nel database di autenticazione di QGIS.</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>Could not update the authentication configuration '{id}'.</source>
      <translation>Impossibile aggiornare la configurazione di autenticazione '{id}'.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Credentials</source>
      <translation>Credenziali</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Customer at low pressure</source>
      <translation>Utenza a bassa pressione</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Customer emails waiting in the outbox: {emails}. No mail server is set up (plugin settings, Email tab): they go at the first dispatch after it is.</source>
      <translation>Email alle utenze in attesa nella coda d'invio: {emails}. Nessun server di posta è configurato (impostazioni del plugin, scheda Email): partiranno al primo invio dopo la configurazione.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Customer emails waiting in the outbox: {emails}. The mail server's login is in the QGIS authentication database, locked until the master password is entered: they go at the first background dispatch after it is.</source>
      <translation>Email alle utenze in attesa nella coda d'invio: {emails}. Le credenziali del server di posta sono nel database di autenticazione di QGIS, bloccato finché non si inserisce la password principale: partiranno al primo invio in background dopo l'inserimento.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Customer id</source>
      <translation>Id utenza</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Customer id field</source>
      <translation>Campo id utenza</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Customer layer</source>
      <translation>Layer delle utenze</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Customer list…</source>
      <translation>Elenco utenze…</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Customer's pipe id field (empty: nearest pipe)</source>
      <translation>Campo id condotta dell'utenza (vuoto: condotta più vicina)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Customers</source>
      <translation>Utenze</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Customers (meters)</source>
      <translation>Utenze (contatori)</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Customers at low pressure</source>
      <translation>Utenze a bassa pressione</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Customers for an announcement</source>
      <translation>Utenze per un avviso</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Customers with no mobile but a landline with consent are called through this profile (a voice provider: twilio_voice, or generic with channel = call).</source>
      <translation>Le utenze senza cellulare ma con un numero fisso e il consenso ricevono una telefonata tramite questo profilo (un fornitore vocale: twilio_voice, oppure generic con channel = call).</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Database login (PostgreSQL)</source>
      <translation>Accesso al database (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Default phone region</source>
      <translation>Paese predefinito dei numeri di telefono</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Delivery status of {chunk} unavailable: {detail}</source>
      <translation>Stato di consegna di {chunk} non disponibile: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Detail</source>
      <translation>Dettaglio</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Dispatch every</source>
      <translation>Completa gli invii ogni</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Dispatch pass stopped: {gateway_reason} ({detail})</source>
      <translation>Giro di invio interrotto: {gateway_reason} ({detail})</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Dispatch pass: sent {sent}, waiting {waiting}, in doubt {in_doubt}, failed {failed}; delivery reports {reported}, replies {replies}.</source>
      <translation>Giro di invio: inviati {sent}, in attesa {waiting}, da verificare {in_doubt}, non inviati {failed}; rapporti di consegna {reported}, risposte {replies}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Dispatch summary (JSON)</source>
      <translation>Riepilogo dell'invio (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Dispatch the SMS outbox (recover, send, delivery reports)</source>
      <translation>Completa gli invii SMS (recupero, invio, rapporti di consegna)</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Do not send the selected ones</source>
      <translation>Non inviare i selezionati</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Draws where the customers of intervention REFERENCE answered "1" (still no water) to the water-back notice: one feature per valve segment with replies (its pipes), the numbers that answered, the customers of the segment told the water was back and the share. A segment with MIN_REPLIES numbers or more (2 by default) is a cluster: a valve may have been left shut, and the operable valves bounding the segment are named, those closed for the work first. Numbers that match no customer, or customers on no pipe, are counted in the log, not drawn. No phone number is written. The network and customers are the project's mapped layers; DATABASE defaults to the one in the settings.</source>
      <translation>Disegna da dove le utenze dell'intervento REFERENCE hanno risposto «1» (ancora senz'acqua) all'avviso di ritorno dell'acqua: un elemento per ogni segmento di valvole con risposte (le sue condotte), i numeri che hanno risposto, le utenze del segmento avvisate del ritorno dell'acqua e la quota. Un segmento con MIN_REPLIES numeri o più (2 predefinito) è un gruppo: una valvola potrebbe essere rimasta chiusa, e sono indicate le valvole manovrabili che delimitano il segmento, prima quelle chiuse per il lavoro. I numeri che non corrispondono a nessuna utenza, o le utenze su nessuna condotta, sono contati nel registro, non disegnati. Nessun numero di telefono viene scritto. La rete e le utenze sono i layer mappati del progetto; DATABASE è per default quello delle impostazioni.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Dry run (write a file, send and record nothing)</source>
      <translation>Simulazione (scrive un file, non invia e non registra nulla)</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Dry run (write a file, send nothing)</source>
      <translation>Simulazione (scrive un file, non invia nulla)</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Dry-run SMS (JSONL)</source>
      <translation>SMS della simulazione (JSONL)</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Dwellings served</source>
      <translation>Unità abitative servite</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>EPANET cannot read the hydraulic model {file} (EPANET error {error}): open it in EPANET to see the faulty lines.</source>
      <translation>EPANET non riesce a leggere il modello idraulico {file} (errore EPANET {error}): aprilo in EPANET per vedere le righe errate.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hydraulic_parameters.py" />
      <source>EPANET hydraulic model (.inp) for pressure drops</source>
      <translation>Modello idraulico EPANET (.inp) per i cali di pressione</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>EPANET model (.inp)</source>
      <translation>Modello EPANET (.inp)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>EPANET models (*.inp)</source>
      <translation>Modelli EPANET (*.inp)</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>EPANET stopped while solving the hydraulic model {file} (error {error}).</source>
      <translation>EPANET si è fermato durante il calcolo del modello idraulico {file} (errore {error}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>EVENING is not a time of day (HH:MM): {value}</source>
      <translation>EVENING non è un'ora del giorno (HH:MM): {value}</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Email address</source>
      <translation>Indirizzo email</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Email the call-centre</source>
      <translation>Invia l'email al call center</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: no call-centre address is given.</source>
      <translation>Email: nessun indirizzo del call center indicato.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the CA file '{path}' does not exist.</source>
      <translation>Email: il file CA '{path}' non esiste.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the call-centre address '{address}' is not an email address.</source>
      <translation>Email: l'indirizzo del call center '{address}' non è un indirizzo email.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the mail server is missing.</source>
      <translation>Email: manca il server di posta.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the port {port} is not a valid port.</source>
      <translation>Email: la porta {port} non è una porta valida.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the security '{value}' is unknown; use starttls, ssl or none.</source>
      <translation>Email: la sicurezza '{value}' è sconosciuta; usa starttls, ssl o none.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the sender address '{address}' is not an email address.</source>
      <translation>Email: l'indirizzo del mittente '{address}' non è un indirizzo email.</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>Emails: {sent} sent, {waiting} waiting, {doubt} in doubt, {failed} failed.</source>
      <translation>Email inviate: {sent}, in attesa: {waiting}, incerte: {doubt}, non riuscite: {failed}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Empty the date: no limit</source>
      <translation>Svuota la data: nessun limite</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Empty: every planned work, however far ahead. Pick a date to stop there.</source>
      <translation>Vuoto: tutti i lavori previsti, anche lontani. Scegli una data per fermarti lì.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>End</source>
      <translation>Fine</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Enter your phone number in the Messages tab first.</source>
      <translation>Inserisci prima il tuo numero di telefono nella scheda Messaggi.</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Evening reminder at (HH:MM, empty: none)</source>
      <translation>Promemoria la sera prima alle (HH:MM, vuoto: nessuno)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Excel sheet (*.xlsx)</source>
      <translation>Foglio Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Export failed</source>
      <translation>Esportazione non riuscita</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Extend {reference}</source>
      <translation>Proroga {reference}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Extend…</source>
      <translation>Proroga…</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Extra contacts</source>
      <translation>Contatti aggiuntivi</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Extra pipes: {pipes}</source>
      <translation>Condotte in più: {pipes}</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Figure</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Filter expression</source>
      <translation>Espressione di filtro</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Finds what must be closed to work on one or several pipes: the isolated pipes, the valves to close (only those whose far side can still supply water; the others are listed as not required), the sources to shut (tanks, wells or inlets touching the isolated pipes: shut their connection toward the work or stop the pump), the valves already closed, the inoperable valves passed through, the pipes left without supply because they are cut off from every source, plan B for each valve, and, with a customers layer, the affected customers, the SMS recipients (one per number) and who cannot be reached. PIPE_IDS lists the pipe ids, separated by commas, semicolons or '|' (spaces inside an id are then kept: 'C 001; C 002'), or by spaces when the text has none of those ('C001 C002'); when empty, the selected pipes are used. Valves whose state is in CHECK_VALUES are non-return valves, one-way in their pipe's digitising direction: one that lets water into the isolated pipes is passed (listed with check: true), one that points out of them holds (listed as already closed, check: true). With SERVICES, a customer is linked to the main its service line meets. With an EPANET MODEL, the closure is also simulated (at the hour of highest demand, or in a steady state): supplied pipes whose model nodes fall below MIN_PRESSURE metres, or lose more than MAX_PRESSURE_DROP % of their normal pressure, are low-pressure pipes (pipes.low_pressure in the report, role low_pressure in the outputs) and their customers a third group (customers.low_pressure). A model that does not run leaves the topological answer as it is and says why (hydraulics.problem).</source>
      <translation>Trova cosa chiudere per lavorare su una o più condotte: le condotte isolate, le valvole da chiudere (solo quelle dal cui lato opposto può ancora arrivare acqua; le altre sono elencate come non necessarie), le fonti da chiudere (serbatoi, pozzi o immissioni che toccano le condotte isolate: chiudere il loro collegamento verso il cantiere o fermare la pompa), le valvole già chiuse, le valvole non manovrabili oltrepassate, le condotte che restano senz'acqua perché separate da ogni fonte, il piano B per ogni valvola e, con un layer delle utenze, le utenze coinvolte, i destinatari SMS (uno per numero) e chi non è raggiungibile. PIPE_IDS elenca gli id condotta, separati da virgola, punto e virgola o '|' (gli spazi dentro un id restano: 'C 001; C 002'), oppure da spazi quando il testo non ne contiene ('C001 C002'); se vuoto, si usano le condotte selezionate. Le valvole con stato in CHECK_VALUES sono valvole di ritegno, a senso unico nel verso di digitalizzazione della condotta: quella che lascia entrare acqua nelle condotte isolate viene oltrepassata (elencata con check: true), quella rivolta verso l'esterno tiene (elencata come già chiusa, check: true). Con SERVICES, un'utenza è collegata alla condotta raggiunta dal suo allaccio. Con un modello EPANET (MODEL) la chiusura viene anche simulata (all'ora di massimo consumo o in stato stazionario): le condotte alimentate i cui nodi del modello scendono sotto MIN_PRESSURE metri, o perdono più di MAX_PRESSURE_DROP % della pressione normale, sono condotte a bassa pressione (pipes.low_pressure nel report, ruolo low_pressure negli output) e le loro utenze un terzo gruppo (customers.low_pressure). Un modello che non gira lascia la risposta topologica com'è e dice perché (hydraulics.problem).</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Finish</source>
      <translation>Concludi</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Finish (also early)…</source>
      <translation>Concludi (anche in anticipo)…</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Finish {reference}</source>
      <translation>Concludi {reference}</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Finished early: {hours} h {minutes} min before the planned end.</source>
      <translation>Finito in anticipo: {hours} h {minutes} min prima della fine prevista.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Finishes every sending in the history database, unattended: messages a stopped or killed run had claimed are taken back, messages in doubt are checked with the gateway (sent ones are never sent again; those it cannot tell about are held for the operator with the reason), what is due is sent, transient failures (throttling, server errors, an unreachable gateway) are tried again with backoff for up to MINUTES, and delivery reports are read once (REPORTS). It never makes a new notice. Run it from cron or a systemd timer with qgis_process; the gateway PROFILE is the selected one when empty.</source>
      <translation>Completa senza operatore ogni invio dell'archivio storico: i messaggi presi in carico da un invio interrotto o terminato vengono ripresi, quelli incerti vengono verificati presso il gateway (quelli già inviati non vengono mai reinviati; quelli su cui il gateway non sa rispondere restano all'operatore con il motivo), quanto è dovuto viene inviato, gli errori temporanei (limiti di frequenza, errori del server, gateway irraggiungibile) vengono ritentati con attesa crescente per al massimo MINUTES minuti e i rapporti di consegna vengono letti una volta (REPORTS). Non crea mai un nuovo avviso. Eseguirlo da cron o da un timer systemd con qgis_process; il profilo PROFILE, se vuoto, è quello selezionato.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Flyer addresses…</source>
      <translation>Indirizzi per volantini…</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Flyer files</source>
      <translation>File dei volantini</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Flyers folder (PDF per street)</source>
      <translation>Cartella dei volantini (un PDF per via)</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Flyers…</source>
      <translation>Volantini…</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>Folder</source>
      <translation>Cartella</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Folder for one JSON report per work</source>
      <translation>Cartella per un report JSON per ogni lavoro</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Folder for the flyers of {reference}</source>
      <translation>Cartella per i volantini di {reference}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Follow-up notice…</source>
      <translation>Avviso di aggiornamento…</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>From</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>GIS pipes not in the model</source>
      <translation>Condotte GIS assenti dal modello</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Goes at</source>
      <translation>Parte il</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>History database (empty: the one in the settings)</source>
      <translation>Database dello storico (vuoto: quello delle impostazioni)</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>History layer: {n} interventions shown.</source>
      <translation>Layer dello storico: interventi mostrati {n}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Hour of highest demand</source>
      <translation>Ora di massimo consumo</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>House number</source>
      <translation>Numero civico</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>House number field</source>
      <translation>Campo numero civico</translation>
    </message>
    <message>
      <location filename="../dialogs/settings_dialog.py" />
      <source>Hydraulic model</source>
      <translation>Modello idraulico</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>If it will not close: also close {valves}; +{pipes} pipes, +{customers} customers</source>
      <translation>Se non si chiude: chiudere anche {valves}; condotte in più {pipes}, utenze in più {customers}</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Inoperable or check valves passed</source>
      <translation>Valvole non manovrabili o di ritegno oltrepassate</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Inoperable or check valves, passed through ({n})</source>
      <translation>Non manovrabili o di ritegno, oltrepassate ({n})</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Inoperable valves passed through</source>
      <translation>Valvole non manovrabili oltrepassate</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Intervention history</source>
      <translation>Storico interventi</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Intervention reference</source>
      <translation>Riferimento dell'intervento</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Intervention reference (empty: a new one)</source>
      <translation>Riferimento dell'intervento (vuoto: uno nuovo)</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Intervention {reference} cannot go from '{from_state}' to '{to_state}' (from '{from_state}' it may go to: {allowed}).</source>
      <translation>L'intervento {reference} non può passare da '{from_state}' a '{to_state}' (da '{from_state}' può passare a: {allowed}).</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Intervention {reference} has no recorded area to show.</source>
      <translation>L'intervento {reference} non ha un'area registrata da mostrare.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Intervention {reference} is {state}: no notice is sent for it.</source>
      <translation>L'intervento {reference} è nello stato «{state}»: per esso non si invia alcun avviso.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference} recorded ({kind}).</source>
      <translation>Intervento {reference} registrato ({kind}).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}, {kind}: queued {queued}, sent now {sent_now}, sent before {already}; messages: {states}; call-centre email: {status}.</source>
      <translation>Intervento {reference}, {kind}: in coda {queued}, inviati ora {sent_now}, inviati prima {already}; messaggi: {states}; email al call center: {status}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: %n message(s) not sent: {detail}</source>
      <translation>
        <numerusform>Intervento {reference}: %n messaggio non inviato: {detail}</numerusform>
        <numerusform>Intervento {reference}: %n messaggi non inviati: {detail}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: %n new message(s) '{kind}' queued.</source>
      <translation>
        <numerusform>Intervento {reference}: %n nuovo messaggio '{kind}' in coda.</numerusform>
        <numerusform>Intervento {reference}: %n nuovi messaggi '{kind}' in coda.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: %n recipient(s) by {channel}, {added} new message(s).</source>
      <translation>
        <numerusform>Intervento {reference}: %n destinatario per {channel}, nuovi messaggi {added}.</numerusform>
        <numerusform>Intervento {reference}: %n destinatari per {channel}, nuovi messaggi {added}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: %n reminder(s) to {phones} number(s); calls {calls}, emails {emails}.</source>
      <translation>
        <numerusform>Intervento {reference}: %n promemoria programmato; numeri {phones}, chiamate {calls}, email {emails}.</numerusform>
        <numerusform>Intervento {reference}: %n promemoria programmati; numeri {phones}, chiamate {calls}, email {emails}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: '{kind}' re-sent to %n number(s) by {actor}: {why}</source>
      <translation>
        <numerusform>Intervento {reference}: '{kind}' reinviato a %n numero da {actor}: {why}</numerusform>
        <numerusform>Intervento {reference}: '{kind}' reinviato a %n numeri da {actor}: {why}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: call-centre email not sent: {detail}</source>
      <translation>Intervento {reference}: email al call center non inviata: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: call-centre email only, no SMS; call-centre email: {status}.</source>
      <translation>Intervento {reference}: solo email al call center, nessun SMS; email al call center: {status}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: extended to {start} - {end}.</source>
      <translation>Intervento {reference}: prorogato a {start} - {end}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: rescheduled to {start} - {end}.</source>
      <translation>Intervento {reference}: rinviato a {start} - {end}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: the map was printed for {other} (another operator's notice came first); the email goes without it.</source>
      <translation>Intervento {reference}: la mappa è stata stampata per {other} (l'avviso di un altro operatore è arrivato prima); l'email parte senza mappa.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: {from_state} -&gt; {to_state} by {actor}.</source>
      <translation>Intervento {reference}: da {from_state} a {to_state} ({actor}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Interventions (CSV)</source>
      <translation>Interventi (CSV)</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Interventions (empty: every current one)</source>
      <translation>Interventi (vuoto: tutti quelli in corso)</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Isolate a work site</source>
      <translation>Isola un cantiere</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Isolated and unsupplied pipes</source>
      <translation>Condotte isolate e non alimentate</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Isolated customer</source>
      <translation>Utenza isolata</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Isolated pipes</source>
      <translation>Condotte isolate</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Isolated pipes not in the model</source>
      <translation>Condotte isolate assenti dal modello</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>It is {at}: notices are sent only within {span} (Italian time), except emergencies.</source>
      <translation>Sono le {at}: gli avvisi si inviano solo nella fascia {span} (ora italiana), salvo emergenze.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>JSON files (*.json)</source>
      <translation>File JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Keep retrying transient failures for (minutes)</source>
      <translation>Ritenta gli errori temporanei per (minuti)</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Kind of event</source>
      <translation>Tipo di evento</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Kind of notice</source>
      <translation>Tipo di avviso</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Layer '{layer}': %n affected customer feature(s) could not be read again (layer changed since the model was built?), e.g. fid {fids}; listed without phone.</source>
      <translation>
        <numerusform>Layer '{layer}': %n utenza coinvolta non si può rileggere (layer cambiato dopo la costruzione del modello?), ad es. fid {fids}; elencata senza telefono.</numerusform>
        <numerusform>Layer '{layer}': %n utenze coinvolte non si possono rileggere (layer cambiato dopo la costruzione del modello?), ad es. fid {fids}; elencate senza telefono.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/settings_dialog.py" />
      <source>Layers and fields</source>
      <translation>Layer e campi</translation>
    </message>
    <message>
      <location filename="../gis/map_image.py" />
      <source>Legend</source>
      <translation>Legenda</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Line {line}: '{value}' is not a mobile number.</source>
      <translation>Riga {line}: '{value}' non è un numero di cellulare.</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Lines that are not a mobile number</source>
      <translation>Righe che non sono un numero di cellulare</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Link customers to pipes</source>
      <translation>Collega le utenze alle condotte</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Links closed in the model</source>
      <translation>Link chiusi nel modello</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Login</source>
      <translation>Accesso</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Low pressure below</source>
      <translation>Bassa pressione sotto</translation>
    </message>
    <message>
      <location filename="../processing_provider/hydraulic_parameters.py" />
      <source>Low pressure below (metres of water)</source>
      <translation>Bassa pressione sotto (metri di colonna d'acqua)</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Low pressure when</source>
      <translation>Bassa pressione se</translation>
    </message>
    <message>
      <location filename="../processing_provider/hydraulic_parameters.py" />
      <source>Low pressure when it drops by more than (% of normal)</source>
      <translation>Bassa pressione se cala più di (% del normale)</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Low-pressure pipes</source>
      <translation>Condotte a bassa pressione</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>MUNICIPALITY '{town}' needs the municipality field of layer '{layer}' (MUNICIPALITY_FIELD).</source>
      <translation>MUNICIPALITY '{town}' richiede il campo comune del layer '{layer}' (MUNICIPALITY_FIELD).</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Mail a copy of every notice to the call-centre</source>
      <translation>Invia per email al call center una copia di ogni avviso</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Mail server</source>
      <translation>Server di posta</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Mail server check failed: {explained}</source>
      <translation>Verifica del server di posta non riuscita: {explained}</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Mail server: its last connection test failed, so the call-centre's copy may not go.</source>
      <translation>Server di posta: l'ultima prova di connessione non è riuscita, quindi la copia per il call center potrebbe non partire.</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Mail server: the call-centre's copy needs it.</source>
      <translation>Server di posta: serve per la copia al call center.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Make a second intervention for this work instead of continuing this one.</source>
      <translation>Crea un secondo intervento per questo lavoro invece di continuare questo.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Map a customers layer in the settings to notify customers.</source>
      <translation>Per avvisare le utenze, indica un layer delle utenze nelle impostazioni.</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Map of the "1" replies (still no water)</source>
      <translation>Mappa delle risposte «1» (ancora senz'acqua)</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Matches the links of an EPANET model (.inp) to the pipes (by pipe id, or by the MODEL_LINK_FIELD of the pipes) and to the valves (valves modelled as links, by valve id). The JSON report lists the pipes missing from the model and the model links missing from the GIS. A model whose links match no pipe is refused with the ids seen on both sides.</source>
      <translation>Abbina i collegamenti (link) di un modello EPANET (.inp) alle condotte (per id condotta, o con il campo MODEL_LINK_FIELD delle condotte) e alle valvole (valvole modellate come link, per id valvola). Il report JSON elenca le condotte assenti dal modello e i link del modello assenti dal GIS. Un modello i cui link non corrispondono a nessuna condotta viene rifiutato, indicando gli id visti dalle due parti.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Maximum distance to the nearest pipe (layer units)</source>
      <translation>Distanza massima dalla condotta più vicina (unità del layer)</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Message</source>
      <translation>Messaggio</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Message language</source>
      <translation>Lingua dei messaggi</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Messages</source>
      <translation>Messaggi</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>Messages of the waiting notice written with the new dates</source>
      <translation>Messaggi dell'avviso in attesa riscritti con le nuove date</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Messages of {reference}</source>
      <translation>Messaggi di {reference}</translation>
    </message>
    <message>
      <location filename="../gis/notify_services.py" />
      <source>Messages settings: the send window is not valid ({error}).</source>
      <translation>Impostazioni dei messaggi: la fascia oraria di invio non è valida ({error}).</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: at least one SMS segment must be allowed.</source>
      <translation>Messaggi: deve essere consentito almeno un segmento SMS.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the language '{value}' is not available (it, en).</source>
      <translation>Messaggi: la lingua '{value}' non è disponibile (it, en).</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the public pages address must start with https://.</source>
      <translation>Messaggi: l'indirizzo delle pagine pubbliche deve iniziare con https://.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the send window '{start}'-'{end}' is not two HH:MM times.</source>
      <translation>Messaggi: la fascia oraria di invio '{start}'-'{end}' non è formata da due orari HH:MM.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the send window must start before it ends.</source>
      <translation>Messaggi: la fascia oraria di invio deve iniziare prima di finire.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the templates folder '{path}' does not exist.</source>
      <translation>Messaggi: la cartella dei modelli '{path}' non esiste.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: your phone number cannot receive a test SMS ({reason}).</source>
      <translation>Messaggi: il tuo numero di telefono non può ricevere un SMS di prova ({reason}).</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Messages…</source>
      <translation>Messaggi…</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Mobile phone field</source>
      <translation>Campo cellulare</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Model links not in the GIS</source>
      <translation>Link del modello assenti dal GIS</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Model nodes at low pressure ({n}):</source>
      <translation>Nodi del modello a bassa pressione ({n}):</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Model report (JSON)</source>
      <translation>Report del modello (JSON)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Most SMS parts per message</source>
      <translation>Numero massimo di parti SMS per messaggio</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Move the notice</source>
      <translation>Sposta l'avviso</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Moving the notice of {reference}</source>
      <translation>Spostamento dell'avviso di {reference}</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Municipality</source>
      <translation>Comune</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Municipality field</source>
      <translation>Campo comune</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Network</source>
      <translation>Rete</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Network loaded from the model cache: its layers, fields and settings are unchanged since it was built.</source>
      <translation>Rete caricata dalla cache del modello: layer, campi e impostazioni non sono cambiati da quando è stata costruita.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Network model cache in {folder} not used: it cannot be read.</source>
      <translation>Cache del modello di rete in {folder} non usata: non si può leggere.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Network model cache in {folder} not used: its data is damaged.</source>
      <translation>Cache del modello di rete in {folder} non usata: i suoi dati sono danneggiati.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Network model cache in {folder} not used: the layers, the mapping or the settings changed.</source>
      <translation>Cache del modello di rete in {folder} non usata: sono cambiati i layer, la mappatura o le impostazioni.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Network model loaded from the cache in {folder}.</source>
      <translation>Modello di rete caricato dalla cache in {folder}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Network model ready: %n pipe piece(s).</source>
      <translation>
        <numerusform>Modello di rete pronto: %n tratto di condotta.</numerusform>
        <numerusform>Modello di rete pronto: %n tratti di condotta.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>New dates: the postponement to whoever had the notice; a notice still waiting goes with the new dates.</source>
      <translation>Nuove date: l'avviso di rinvio a chi ha ricevuto l'avviso; un avviso ancora in attesa parte con le nuove date.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>New end</source>
      <translation>Nuova fine</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>New intervention…</source>
      <translation>Nuovo intervento…</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>New start</source>
      <translation>Nuovo inizio</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>New start (empty: an extension)</source>
      <translation>Nuovo inizio (vuoto: un prolungamento)</translation>
    </message>
    <message>
      <location filename="../gis/notify_services.py" />
      <source>No SMS gateway profile '{name}' (profiles: {known}). Add one in the plugin settings, SMS gateway tab.</source>
      <translation>Nessun profilo del gateway SMS '{name}' (profili: {known}). Aggiungine uno nelle impostazioni del plugin, scheda Gateway SMS.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>No SMS sender is set in the gateway profile.</source>
      <translation>Nel profilo del gateway non è impostato il mittente degli SMS.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>No SMS went with this press: the copy goes with the press that sends them.</source>
      <translation>Nessun SMS è partito con questo invio: la copia parte con l'invio che li manda.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>No affected customer has a mobile number that can receive an SMS.</source>
      <translation>Nessuna utenza coinvolta ha un numero di cellulare che possa ricevere un SMS.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>No copy to the call-centre by email: {why}</source>
      <translation>Nessuna copia al call center per email: {why}</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>No credentials are chosen for {purpose}. Choose an authentication configuration in the plugin settings.</source>
      <translation>Nessuna credenziale scelta per {purpose}. Scegli una configurazione di autenticazione nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>No customer of layer '{layer}' matches the conditions.</source>
      <translation>Nessuna utenza del layer '{layer}' soddisfa le condizioni.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>No folder is set for the public pages: choose one in the plugin settings, Public pages tab.</source>
      <translation>Nessuna cartella impostata per le pagine pubbliche: sceglietela nelle impostazioni del plugin, scheda Pagine pubbliche.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>No gateway profile '{name}' to place the calls.</source>
      <translation>Nessun profilo gateway '{name}' per le telefonate.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>No gateway profile is selected for sending.</source>
      <translation>Nessun profilo del gateway è selezionato per l'invio.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>No history database is set: choose one in the plugin settings.</source>
      <translation>Nessun database dello storico impostato: sceglierne uno nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>No hydraulic model is set. Choose an EPANET model in the settings (Hydraulic model) to see who keeps water, but at low pressure.</source>
      <translation>Nessun modello idraulico impostato. Scegli un modello EPANET nelle impostazioni (Modello idraulico) per vedere chi resta con l'acqua, ma a bassa pressione.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>No intervention with reference {reference}.</source>
      <translation>Nessun intervento con riferimento {reference}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>No intervention {reference} in the history.</source>
      <translation>Nessun intervento {reference} nello storico.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>No layer is chosen for the role '{role}'.</source>
      <translation>Nessun layer scelto per il ruolo '{role}'.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>No mail server is configured: there is no call-centre email to send.</source>
      <translation>Nessun server di posta configurato: non c'è un'email al call center da inviare.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>No pipe id matches a link id of the hydraulic model (pipes e.g. {pipe_examples}; links e.g. {link_examples}): choose the pipes field that holds the model's link ids in the settings.</source>
      <translation>Nessun id condotta corrisponde a un id di link del modello idraulico (condotte, ad es. {pipe_examples}; link, ad es. {link_examples}): nelle impostazioni scegli il campo delle condotte che contiene gli id dei link del modello.</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>No pipe ids were given and no pipe is selected in layer '{layer}'.</source>
      <translation>Non sono stati indicati id condotta e nessuna condotta è selezionata nel layer '{layer}'.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>No pipe within {pixels} pixels of the click.</source>
      <translation>Nessuna condotta entro {pixels} pixel dal clic.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_common.py" />
      <source>No problems found.</source>
      <translation>Nessun problema trovato.</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>No reminder left to schedule: their times have passed.</source>
      <translation>Nessun promemoria da programmare: i loro orari sono passati.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>No reminder scheduled: {reasons}</source>
      <translation>Nessun promemoria programmato: {reasons}</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>No supplied pipe falls to low pressure.</source>
      <translation>Nessuna condotta alimentata scende a bassa pressione.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>No upload (the folder is served as it is)</source>
      <translation>Nessun caricamento (la cartella è pubblicata così com'è)</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>No upload is set for the public pages.</source>
      <translation>Nessun caricamento impostato per le pagine pubbliche.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>No valid row in '{path}': nothing to trace.</source>
      <translation>Nessuna riga valida in '{path}': niente da tracciare.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Nobody was warned of {reference}: there is no one to tell.</source>
      <translation>Nessuno è stato avvisato di {reference}: non c'è nessuno da informare.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Non-return valves: never closed for a work site; water passes them only in the digitising direction of their pipe. Leave empty if the layer has none.</source>
      <translation>Valvole di ritegno: mai chiuse per un cantiere; l'acqua le attraversa solo nel verso di digitalizzazione della loro condotta. Lasciare vuoto se il layer non ne ha.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>None (unencrypted)</source>
      <translation>Nessuna (non cifrata)</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>None of the {pipes} isolated pipes is in the hydraulic model, so the closure cannot be simulated.</source>
      <translation>Nessuna delle condotte isolate ({pipes}) è nel modello idraulico: la chiusura non si può simulare.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Not now</source>
      <translation>Non ora</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Not received: {reasons}. "Re-send with a reason…" sends the notice again to these numbers only.</source>
      <translation>Non ricevuto: {reasons}. «Nuovo invio motivato…» invia di nuovo l'avviso solo a questi numeri.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Not required, optional ({n})</source>
      <translation>Non necessarie, facoltative ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Not required: its far side had no supply before the work.</source>
      <translation>Non necessaria: il lato opposto era già senz'acqua prima dei lavori.</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Not required: its far side is dry anyway; closing it keeps that zone full (less water lost, a faster restart).</source>
      <translation>Non necessaria: il lato opposto resta comunque senz'acqua; chiuderla tiene piena quella zona (meno acqua persa, ripristino più rapido).</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Nothing of {reference} waits to be sent.</source>
      <translation>Nulla di {reference} attende l'invio.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Nothing re-sent.</source>
      <translation>Nessun nuovo invio.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>Nothing waits to be uploaded for {reference}.</source>
      <translation>Per {reference} non c'è nulla in attesa di caricamento.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Nothing was sent: {reasons}</source>
      <translation>Non è stato inviato nulla: {reasons}</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>Notice sent</source>
      <translation>Avviso inviato</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Notify</source>
      <translation>Avvisi</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Notify a list of planned works</source>
      <translation>Avvisa per un elenco di lavori programmati</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Notify customers</source>
      <translation>Avvisa le utenze</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Notify customers by SMS</source>
      <translation>Avvisa le utenze via SMS</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Notify customers…</source>
      <translation>Avvisa le utenze…</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Notify report (JSON)</source>
      <translation>Report degli avvisi (JSON)</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Number</source>
      <translation>Numero</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Numbers</source>
      <translation>Numeri</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Numbers added</source>
      <translation>Numeri aggiunti</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Numbers not drawn (no customer, or no pipe)</source>
      <translation>Numeri non disegnati (nessuna utenza o nessuna condotta)</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Numbers on one segment that make a cluster</source>
      <translation>Numeri in un segmento che formano un gruppo</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Numbers on the list</source>
      <translation>Numeri nell'elenco</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Numbers that answered "1"</source>
      <translation>Numeri che hanno risposto «1»</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Numbers that opted out (comma-separated)</source>
      <translation>Numeri che hanno rinunciato agli SMS (separati da virgola)</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Numbers to add (CSV)</source>
      <translation>Numeri da aggiungere (CSV)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>On every notice, start, end or cancellation of an intervention, its public page (Italian and English, with a map), the index per municipality and the GeoJSON and CAP feeds are written to this folder. No phone number, name or customer code is ever published. Their public address is set on the Messages tab.</source>
      <translation>A ogni avviso, inizio, fine o annullamento di un intervento, la sua pagina pubblica (in italiano e in inglese, con la mappa), l'elenco per comune e i feed GeoJSON e CAP vengono scritti in questa cartella. Non viene mai pubblicato alcun numero di telefono, nome o codice utenza. Il loro indirizzo pubblico si imposta nella scheda Messaggi.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Only a message already sent can be re-sent: {unknown} of the {numbers} number(s) never had the message '{kind}' of {reference}.</source>
      <translation>Si può reinviare solo un messaggio già inviato: numeri che non hanno mai ricevuto il messaggio '{kind}' di {reference}: {unknown} su {numbers}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Only retry the uploads that failed</source>
      <translation>Riprova solo i caricamenti non riusciti</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Only valves of these types are asked to close; air valves, pressure reducers, hydrant branches and drains are passed as open joints (used only when the valves' type field is chosen).</source>
      <translation>Solo le valvole di questi tipi vengono chiuse; sfiati, riduttori di pressione, derivazioni d'idrante e scarichi sono attraversati come giunti aperti (vale solo se è scelto il campo tipo delle valvole).</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Only when the mail server uses a private certificate authority.</source>
      <translation>Solo se il server di posta usa un'autorità di certificazione privata.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Only {hours} hours' notice: ARERA asks for at least {need} hours before a planned interruption.</source>
      <translation>Preavviso di {hours} ore: ARERA chiede almeno {need} ore per le interruzioni programmate.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Open settings</source>
      <translation>Apri le impostazioni</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Open {tab}</source>
      <translation>Apri {tab}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Opt-out list</source>
      <translation>Elenco di chi ha rinunciato agli SMS</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Opt-out list (CSV)</source>
      <translation>Elenco di chi non vuole SMS (CSV)</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Opt-out list: import and export</source>
      <translation>Elenco di chi non vuole SMS: importa ed esporta</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Optional</source>
      <translation>Facoltativa</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Optional. With the utility's EPANET model, each trace also simulates the closure and finds the customers who keep water, but at low pressure.</source>
      <translation>Facoltativo. Con il modello EPANET del gestore, ogni tracciamento simula anche la chiusura e trova le utenze che restano con l'acqua, ma a bassa pressione.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Other notes ({n})</source>
      <translation>Altre note ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Outage results</source>
      <translation>Risultati dell'interruzione</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Outbox and history database</source>
      <translation>Database della coda di invio e dello storico</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Outbox: {sent} sent ({delivered} delivered), {failed} failed, {doubt} in doubt (held for the operator), {waiting} waiting; {reported} new delivery report(s).</source>
      <translation>Coda SMS. Inviati: {sent} (consegnati: {delivered}), non riusciti: {failed}, incerti (in attesa dell'operatore): {doubt}, in attesa: {waiting}; nuovi rapporti di consegna: {reported}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Overlaps {reference} ({kind}, {state}) from {start} to {end}: {segments} shared segment(s) ({segment_ids}), {customers} shared customer(s) ({customer_ids}).</source>
      <translation>Si sovrappone a {reference} ({kind}, {state}) dal {start} al {end}: segmenti in comune {segments} ({segment_ids}), utenze in comune {customers} ({customer_ids}).</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>Pages folder</source>
      <translation>Cartella delle pagine</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Parallel requests</source>
      <translation>Richieste parallele</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Phone</source>
      <translation>Telefono</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Phone region</source>
      <translation>Paese dei numeri di telefono</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Pick the new dates: these are the planned ones.</source>
      <translation>Scegli le nuove date: queste sono quelle previste.</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>Pilot report</source>
      <translation>Report del progetto pilota</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Pilot report for %n intervention(s) written to {folder}.</source>
      <translation>
        <numerusform>Rapporto pilota di %n intervento scritto in {folder}.</numerusform>
        <numerusform>Rapporto pilota di %n interventi scritto in {folder}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/history_report.py" />
      <source>Pilot report written to {folder}.</source>
      <translation>Rapporto della sperimentazione scritto in {folder}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_report.py" />
      <source>Pilot report written to {folder}; open {page} in a browser.</source>
      <translation>Rapporto della sperimentazione scritto in {folder}; aprire {page} in un browser.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_report.py" />
      <source>Pilot report…</source>
      <translation>Rapporto della sperimentazione…</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Pipe ends and valves closer than this (in layer units) are joined.</source>
      <translation>Estremi di condotta e valvole più vicini di questa distanza (in unità del layer) vengono uniti.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Pipe id</source>
      <translation>Id condotta</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Pipe id '{value}' is not a number, but the field '{field}' of layer '{layer}' is numeric.</source>
      <translation>L'id condotta '{value}' non è un numero, ma il campo '{field}' del layer '{layer}' è numerico.</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Pipe id field</source>
      <translation>Campo id condotta</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Pipe ids of the work site (empty: selected pipes)</source>
      <translation>Id delle condotte del cantiere (vuoto: condotte selezionate)</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Pipe layer</source>
      <translation>Layer delle condotte</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Pipe layer '{layer}': {problem}.</source>
      <translation>Layer delle condotte '{layer}': {problem}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Pipe states meaning out of service</source>
      <translation>Stati delle condotte che indicano fuori servizio</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Pipe status field (empty: every pipe in service)</source>
      <translation>Campo stato delle condotte (vuoto: tutte in servizio)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Pipe status values meaning out of service (pipes left out of the network)</source>
      <translation>Valori di stato che indicano condotta fuori servizio (esclusa dalla rete)</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Pipes</source>
      <translation>Condotte</translation>
    </message>
    <message>
      <location filename="../processing_provider/hydraulic_parameters.py" />
      <source>Pipes field holding the model's link ids (empty: the pipe ids)</source>
      <translation>Campo delle condotte con gli id dei link del modello (vuoto: gli id condotta)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Pipes field with the model's link ids</source>
      <translation>Campo condotte con gli id dei link del modello</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Pipes layer '{layer}': the selected ids {ids} (field '{field}') are not in the network model and were left out.</source>
      <translation>Layer delle condotte '{layer}': gli id selezionati {ids} (campo '{field}') non sono nel modello di rete e sono stati esclusi.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Pipes out of service, left out ({n})</source>
      <translation>Condotte fuori servizio, escluse ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Pipes whose status field holds one of these values are left out of the network (used only when the pipes' status field is chosen).</source>
      <translation>Le condotte il cui campo stato contiene uno di questi valori sono escluse dalla rete (vale solo se è scelto il campo stato delle condotte).</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Plan B, if it will not close: also close {valves}; +{pipes} pipes, +{customers} customers</source>
      <translation>Piano B, se non chiude: chiudere anche {valves}; condotte in più {pipes}, utenze in più {customers}</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Planned now: from {start} to {end} (Italian time).</source>
      <translation>Previsto ora: dal {start} al {end} (ora italiana).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Planned work {work}: {status}.</source>
      <translation>Lavoro programmato {work}: {status}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Planned works (CSV)</source>
      <translation>Lavori programmati (CSV)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Port</source>
      <translation>Porta</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>Possible valve left shut</source>
      <translation>Possibile valvola lasciata chiusa</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>PostGIS login {id} not read ({detail}): the layer is read through QGIS.</source>
      <translation>Credenziali PostGIS {id} non lette ({detail}): il layer viene letto tramite QGIS.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>PostGIS table {table} read through QGIS: {detail}</source>
      <translation>Tabella PostGIS {table} letta tramite QGIS: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Pressure</source>
      <translation>Pressione</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Pressure ({n})</source>
      <translation>Pressione ({n})</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Pressure check failed.</source>
      <translation>Verifica della pressione non riuscita.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Pressure-drop notice: {summary}</source>
      <translation>Avviso di calo di pressione: {summary}</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': the batch size must be at least 1.</source>
      <translation>Profilo '{profile}': la dimensione dei lotti deve essere almeno 1.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': the concurrency must be at least 1.</source>
      <translation>Profilo '{profile}': gli invii in parallelo devono essere almeno 1.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': the option {option} needs {needs} as well, or the plugin cannot tell a message taken from one refused.</source>
      <translation>Profilo '{profile}': l'opzione {option} richiede anche {needs}, altrimenti il plugin non distingue un messaggio accettato da uno rifiutato.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': the rate must be above 0 messages/s.</source>
      <translation>Profilo '{profile}': la velocità deve essere sopra 0 messaggi/s.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': timeouts must be above 0 seconds.</source>
      <translation>Profilo '{profile}': i tempi di attesa devono essere sopra 0 secondi.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': {field} must start with https://.</source>
      <translation>Profilo '{profile}': {field} deve iniziare con https://.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': {field} uses plain http:// to another machine; credentials would travel unencrypted. Use https:// (plain http is allowed only to 127.0.0.1, ::1 or localhost).</source>
      <translation>Profilo '{profile}': {field} usa http:// in chiaro verso un'altra macchina; le credenziali viaggerebbero non cifrate. Usare https:// (http in chiaro è ammesso solo verso 127.0.0.1, ::1 o localhost).</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Profile {number}</source>
      <translation>Profilo {number}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Profiles</source>
      <translation>Profili</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Provider</source>
      <translation>Fornitore</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Provider options</source>
      <translation>Opzioni del fornitore</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>Public page of {reference}: {address}</source>
      <translation>Pagina pubblica di {reference}: {address}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_global.py" />
      <source>Public pages</source>
      <translation>Pagine pubbliche</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Public pages address (SMS link)</source>
      <translation>Indirizzo delle pagine pubbliche (link negli SMS)</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: choose the folder the pages are written to.</source>
      <translation>Pagine pubbliche: scegliete la cartella in cui scrivere le pagine.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: the SFTP address must start with sftp://.</source>
      <translation>Pagine pubbliche: l'indirizzo SFTP deve iniziare con sftp://.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: the WebDAV address must start with https://.</source>
      <translation>Pagine pubbliche: l'indirizzo WebDAV deve iniziare con https://.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: the known hosts file '{path}' does not exist.</source>
      <translation>Pagine pubbliche: il file degli host conosciuti '{path}' non esiste.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: the upload '{value}' is unknown; use sftp or webdav.</source>
      <translation>Pagine pubbliche: il caricamento '{value}' non è previsto; usate sftp o webdav.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Publish</source>
      <translation>Pubblica</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Publish public pages</source>
      <translation>Pubblica le pagine pubbliche</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Published pages</source>
      <translation>Pagine pubblicate</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Publishes the public page of each intervention in REFERENCES (comma-separated; empty: every notified or in-progress intervention): its page in Italian and English with a map, the index per municipality, the GeoJSON of current areas and the CAP 1.2 feed, into the folder of the settings (Public pages tab), then uploads them when an upload is set. RETRY_UPLOAD only sends again what a failed upload left waiting. FLYERS_FOLDER also writes the flyers of each intervention, one PDF per street, for the customers no SMS reaches. No phone number, name or customer code is ever published.</source>
      <translation>Pubblica la pagina pubblica di ogni intervento indicato in REFERENCES (separati da virgole; vuoto: tutti gli interventi avvisati o in corso): la pagina in italiano e in inglese con la mappa, l'elenco per comune, il GeoJSON delle zone interessate e il feed CAP 1.2, nella cartella delle impostazioni (scheda Pagine pubbliche), poi li carica sul server se è impostato un caricamento. RETRY_UPLOAD invia di nuovo solo ciò che un caricamento non riuscito ha lasciato in attesa. FLYERS_FOLDER scrive anche i volantini di ogni intervento, un PDF per via, per le utenze che non ricevono SMS. Non viene mai pubblicato alcun numero di telefono, nome o codice utenza.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Publishing failed: {error}</source>
      <translation>Pubblicazione non riuscita: {error}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Publishing {reference} ({change}) failed.</source>
      <translation>Pubblicazione di {reference} ({change}) non riuscita.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Rate</source>
      <translation>Velocità</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Re-send the email</source>
      <translation>Re-invia l'email</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Re-send to the selected numbers…</source>
      <translation>Invia di nuovo ai numeri selezionati…</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Re-send with a reason</source>
      <translation>Nuovo invio motivato</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Re-send with a reason…</source>
      <translation>Nuovo invio motivato…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Re-sending the '{kind}' SMS to {n} number(s)</source>
      <translation>Nuovo invio dell'SMS '{kind}' (numeri: {n})</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Re-sending the notice</source>
      <translation>Nuovo invio dell'avviso</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Re-sends</source>
      <translation>Nuovi invii</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Reachable by SMS</source>
      <translation>Raggiungibili via SMS</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Read delivery reports</source>
      <translation>Leggi i rapporti di consegna</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>Reading the network and the customers for {reference}…</source>
      <translation>Lettura della rete e delle utenze per {reference}…</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Reads WORKS, a CSV of planned works (columns pipe_ids, kind, start, end and, optionally, reference and notes; ';' or ',' between columns; several pipe ids separated by commas, semicolons or '|' (spaces inside an id are then kept), or by spaces when the cell has none of those; quote a cell that holds the file's column separator; times in Rome time), builds the network model once, and for each work traces the valves to close and the affected customers, checks conflicts with the history and with the other works of the file, and sends the notice through the gateway PROFILE (DRY_RUN, the default, writes the SMS to a file in OUTPUT_FOLDER and records nothing). A conflicting work (overlapping in time and sharing pipes or customers) is flagged on both sides and still notified. Bad rows are named in the summary and skipped. Running the same file again sends nothing new. With USE_PROJECT_MAPPING (the default when the project has a valid layer mapping) only WORKS is needed; otherwise give the layers as for outage:isolate.</source>
      <translation>Legge WORKS, un CSV di lavori programmati (colonne pipe_ids, kind, start, end e, facoltative, reference e notes; ';' o ',' tra le colonne; più id condotta separati da virgola, punto e virgola o '|' (gli spazi dentro un id restano), oppure da spazi quando la cella non ne contiene; metti tra virgolette una cella che contiene il separatore di colonna del file; orari nell'ora di Roma), costruisce il modello di rete una sola volta e per ogni lavoro traccia le valvole da chiudere e le utenze coinvolte, controlla i conflitti con lo storico e con gli altri lavori del file e invia l'avviso tramite il gateway PROFILE (DRY_RUN, attivo per impostazione predefinita, scrive gli SMS in un file in OUTPUT_FOLDER e non registra nulla). Un lavoro in conflitto (sovrapposto nel tempo e con condotte o utenze in comune) viene segnalato da entrambe le parti e comunque notificato. Le righe errate sono indicate nel riepilogo e saltate. Rieseguire lo stesso file non invia nulla di nuovo. Con USE_PROJECT_MAPPING (predefinito quando il progetto ha una mappatura dei layer valida) basta WORKS; altrimenti indica i layer come per outage:isolate.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Recovered: {taken} interrupted message(s) taken back, {settled} settled with the gateway, {revived} transient failure(s) due again.</source>
      <translation>Recupero. Messaggi interrotti ripresi: {taken}, chiariti con il gateway: {settled}, errori temporanei da ritentare: {revived}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Refresh</source>
      <translation>Aggiorna</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Refused: {reason}</source>
      <translation>Rifiutato: {reason}</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Reminder at {when} to {numbers} number(s) by SMS, {calls} landline(s) by call, {emails} address(es) by email.</source>
      <translation>Promemoria il {when}. Numeri per SMS: {numbers}, numeri fissi con una telefonata: {calls}, indirizzi per email: {emails}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Reminder each morning</source>
      <translation>Promemoria ogni mattina</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Reminders and scheduled sends…</source>
      <translation>Promemoria e invii programmati…</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Reminders of {reference}</source>
      <translation>Promemoria di {reference}</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Reminders scheduled</source>
      <translation>Promemoria programmati</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Reminders the evening before and the morning of the work; what waits to be sent, which can be called off before it goes.</source>
      <translation>Promemoria la sera prima e la mattina dei lavori; ciò che attende l'invio, che si può annullare prima che parta.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Remove</source>
      <translation>Rimuovi</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Replace the reminders still waiting</source>
      <translation>Sostituisci i promemoria ancora in attesa</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>Replies "1" of {reference}</source>
      <translation>Risposte «1» di {reference}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Replies could not be read now: {detail}</source>
      <translation>Le risposte non si possono leggere ora: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>Replies on map</source>
      <translation>Risposte sulla mappa</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Replies per segment</source>
      <translation>Risposte per segmento</translation>
    </message>
    <message>
      <location filename="../processing_provider/outputs.py" />
      <source>Report (JSON)</source>
      <translation>Report (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Report folder</source>
      <translation>Cartella del report</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Report of outage:isolate or outage:customers (JSON)</source>
      <translation>Report di outage:isolate o outage:customers (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Report page (HTML)</source>
      <translation>Pagina del report (HTML)</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Report written to {path}</source>
      <translation>Report scritto in {path}</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>Reschedule or extend an intervention</source>
      <translation>Rinvia o prolunga un intervento</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Reschedule {reference}</source>
      <translation>Rinvia {reference}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Reschedule…</source>
      <translation>Rinvia…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Retry upload</source>
      <translation>Riprova il caricamento</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Role</source>
      <translation>Ruolo</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Row {row}, column '{column}', value '{value}': {problem}</source>
      <translation>Riga {row}, colonna '{column}', valore '{value}': {problem}</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Rows skipped as invalid</source>
      <translation>Righe non valide saltate</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>SELECTED_ONLY is set but no feature is selected in layer '{layer}'.</source>
      <translation>SELECTED_ONLY è attivo ma nessun elemento è selezionato nel layer '{layer}'.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>SFTP</source>
      <translation>SFTP</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>SFTP known hosts</source>
      <translation>Host conosciuti SFTP</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>SMS consent</source>
      <translation>Consenso SMS</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS delivered</source>
      <translation>SMS consegnati</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS failed</source>
      <translation>SMS non riusciti</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>SMS gateway</source>
      <translation>Gateway SMS</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>SMS gateway profile (empty: the selected one)</source>
      <translation>Profilo del gateway SMS (vuoto: quello selezionato)</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>SMS gateway profile: the provider that sends the SMS.</source>
      <translation>Profilo del gateway SMS: il fornitore che invia gli SMS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS in doubt</source>
      <translation>SMS incerti</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS sent</source>
      <translation>SMS inviati</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS waiting</source>
      <translation>SMS in attesa</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>SQLite database (*.sqlite)</source>
      <translation>Database SQLite (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>SSL/TLS (port 465)</source>
      <translation>SSL/TLS (porta 465)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Save the customer list</source>
      <translation>Salva l'elenco delle utenze</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Save the flyer addresses</source>
      <translation>Salva gli indirizzi per i volantini</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Save the valve sheet</source>
      <translation>Salva la scheda manovre</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Saved the SMS gateway profile '{name}' ({provider}).</source>
      <translation>Profilo del gateway SMS '{name}' salvato ({provider}).</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Schedule reminders</source>
      <translation>Nuovi promemoria</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Schedule the reminders</source>
      <translation>Programma i promemoria</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Schedule the reminders of an intervention</source>
      <translation>Programma i promemoria di un intervento</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Schedules reminders of intervention REFERENCE to the numbers that had its notice (never an opted-out one): the evening before at EVENING (HH:MM; empty: none) and, when MORNING, the morning of the work at 08:00 and each following morning of a work of several days. Each reminder waits in the outbox for its time; outage:dispatch (cron, systemd timer) or QGIS in the background sends it. REPLACE (default) calls off the reminders still waiting first, so running it again leaves one set; untick it to add reminders beside those waiting. Cancelling or finishing the work calls off the reminders not sent yet. DATABASE defaults to the one in the settings.</source>
      <translation>Programma i promemoria dell'intervento REFERENCE ai numeri che hanno ricevuto l'avviso (mai a chi ha chiesto di non ricevere SMS): la sera prima alle EVENING (HH:MM; vuoto: nessuno) e, con MORNING, la mattina dei lavori alle 08:00 e ogni mattina seguente di un lavoro di più giorni. Ogni promemoria attende nella coda d'invio la sua ora; outage:dispatch (cron, timer systemd) o QGIS in background lo invia. REPLACE (predefinito) revoca prima i promemoria ancora in attesa, così eseguirlo di nuovo lascia una sola serie; toglilo per aggiungere promemoria accanto a quelli in attesa. Annullare o concludere l'intervento revoca i promemoria non ancora inviati. DATABASE è, se vuoto, quello delle impostazioni.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Security</source>
      <translation>Sicurezza</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check first the valves closed for the work, {work_valves}; then the segment's valves {valves}.</source>
      <translation>Segmento {segment_id}: {replies} numeri hanno risposto «1» (utenze avvisate del ritorno dell'acqua: {warned}, di cui {customers} con risposta). Una valvola potrebbe essere rimasta chiusa: controllare prima le valvole chiuse per il lavoro, {work_valves}; poi le valvole del segmento {valves}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check first {closed_by_work}, closed for the work; the segment's valves: {valves}.</source>
      <translation>Segmento {segment_id}: {replies} numeri hanno risposto «1» (utenze avvisate del ritorno dell'acqua: {warned}, di cui {customers} con risposta). Una valvola potrebbe essere rimasta chiusa: controllare prima {closed_by_work}, chiuse per il lavoro; le valvole del segmento: {valves}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check the segment's valves {valves}.</source>
      <translation>Segmento {segment_id}: {replies} numeri hanno risposto «1» (utenze avvisate del ritorno dell'acqua: {warned}, di cui {customers} con risposta). Una valvola potrebbe essere rimasta chiusa: controllare le valvole del segmento {valves}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/segments.py" />
      <source>Segments</source>
      <translation>Segmenti</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Select a valve to close in the list first.</source>
      <translation>Seleziona prima nell'elenco una valvola da chiudere.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Select an intervention first.</source>
      <translation>Seleziona prima un intervento.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>Select an intervention in the list first.</source>
      <translation>Prima seleziona un intervento nell'elenco.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Select one or more pipes in the layer '{layer}' first.</source>
      <translation>Seleziona prima una o più condotte nel layer '{layer}'.</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Selected customers only</source>
      <translation>Solo le utenze selezionate</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send</source>
      <translation>Invia</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Send a test SMS to my number</source>
      <translation>Invia un SMS di prova al mio numero</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Send a test email</source>
      <translation>Invia un'email di prova</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send a test to my number</source>
      <translation>Invia una prova al mio numero</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send at</source>
      <translation>Invia alle</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Send at (empty: now, or when the send window opens)</source>
      <translation>Invia alle (vuoto: subito, o all'apertura della fascia oraria)</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send email only</source>
      <translation>Invia solo l'email</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send even though the start has passed (I take responsibility)</source>
      <translation>Invia anche se l'inizio è già passato (me ne assumo la responsabilità)</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Send even though the start has passed (operator's decision)</source>
      <translation>Invia anche se l'inizio è già passato (decisione dell'operatore)</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send makes a new intervention for this work; {reference} stays as it is. Its customers may get a second notice.</source>
      <translation>Invia crea un nuovo intervento per questo lavoro; {reference} resta com'è. Le sue utenze potrebbero ricevere un secondo avviso.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send outside the send window (I take responsibility)</source>
      <translation>Invia fuori dalla fascia oraria (me ne assumo la responsabilità)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Send outside the send window (operator's decision)</source>
      <translation>Invia fuori dalla fascia oraria (decisione dell'operatore)</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send the '{kind}' SMS again to {n} number(s): {phones}. They may get it twice. Your name and the reason are written to the audit trail.</source>
      <translation>Inviare di nuovo l'SMS '{kind}' a questi numeri ({n}): {phones}? Potrebbe arrivare due volte. Il tuo nome e il motivo vengono scritti nel registro delle operazioni.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send the '{kind}' message of {reference} to whoever had the notice, the same way: {channels}? Nobody else gets it, and nobody gets it twice.</source>
      <translation>Inviare il messaggio '{kind}' di {reference} a chi ha ricevuto l'avviso, nello stesso modo: {channels}? Nessun altro lo riceve e nessuno lo riceve due volte.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send the call-centre copy of this notice and no SMS.</source>
      <translation>Invia al call center la copia di questo avviso, senza SMS.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send the copy to the call-centre by email</source>
      <translation>Invia la copia al call center per email</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Send the extension</source>
      <translation>Invia la proroga</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send the follow-up notice</source>
      <translation>Invia l'avviso di aggiornamento</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Send the postponement</source>
      <translation>Invia il rinvio</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Send the water-back or cancelled SMS to whoever does not have it yet.</source>
      <translation>Invia l'SMS di acqua tornata o di annullamento a chi non l'ha ancora ricevuto.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Send window</source>
      <translation>Fascia oraria di invio</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Send with</source>
      <translation>Invia con</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Sender</source>
      <translation>Mittente</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Sender '{sender}' is not valid: at most 11 letters or digits, not starting with a digit, not generic (INFO, SMS), registered with AGCOM.</source>
      <translation>Mittente '{sender}' non valido: al massimo 11 lettere o cifre, non inizia con una cifra, non generico (INFO, SMS), registrato presso AGCOM.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Sender '{sender}': a numeric sender must be a full international number (E.164, up to 15 digits); an alphanumeric one must not start with a digit.</source>
      <translation>Mittente '{sender}': un mittente numerico deve essere un numero internazionale completo (E.164, fino a 15 cifre); uno alfanumerico non deve iniziare con una cifra.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Sender '{sender}': an alphanumeric sender has at most 11 characters.</source>
      <translation>Mittente '{sender}': un mittente alfanumerico ha al massimo 11 caratteri.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Sender '{sender}': generic names such as INFO or SMS are not registrable.</source>
      <translation>Mittente '{sender}': nomi generici come INFO o SMS non sono registrabili.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Sender '{sender}': only letters A-Z and digits are allowed (no spaces or symbols).</source>
      <translation>Mittente '{sender}': sono ammesse solo lettere A-Z e cifre (niente spazi o simboli).</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Sending a test SMS</source>
      <translation>Invio di un SMS di prova</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Sending at {at}, outside the {span} window: allowed by the operator's decision.</source>
      <translation>Invio alle {at}, fuori dalla fascia {span}: consentito per decisione dell'operatore.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Sending at {at}, outside the {span} window: allowed for an emergency.</source>
      <translation>Invio alle {at}, fuori dalla fascia {span}: consentito per emergenza.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Sending by {channel} finished: {states}.</source>
      <translation>Invio per {channel} concluso: {states}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Sending failed: {error}</source>
      <translation>Invio non riuscito: {error}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Sending stopped: {gateway_reason} ({detail})</source>
      <translation>Invio interrotto: {gateway_reason} ({detail})</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Sending the '{kind}' SMS</source>
      <translation>Invio dell'SMS '{kind}'</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Sending the call-centre email</source>
      <translation>Invio dell'email al call center</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Sending the extension of {reference}</source>
      <translation>Invio della proroga di {reference}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Sending the notice failed.</source>
      <translation>Invio dell'avviso non riuscito.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Sending the outage and pressure-drop notices</source>
      <translation>Invio degli avvisi di interruzione e di calo di pressione</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Sending the outage notice</source>
      <translation>Invio dell'avviso di interruzione</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Sending the postponement of {reference}</source>
      <translation>Invio del rinvio di {reference}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Sending through {where} failed: {detail}</source>
      <translation>L'invio tramite {where} non è riuscito: {detail}</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Sends the SMS notice to the recipients of REPORT (the JSON report of outage:isolate or outage:customers) through the gateway PROFILE, mails the copy to the call-centre (SEND_EMAIL) and records the intervention in the history database. Each number gets one SMS per intervention: running again with the same REFERENCE sends nothing new. Blocking checks (segments, sender, a start already past or an absurd date) refuse before anything is written. Outside the send window (08:00-21:00 unless set otherwise in the settings) the notice is not refused: it waits in the outbox for the window's next opening, and SEND_AT chooses a later moment; outage:dispatch (cron, a systemd timer) or QGIS in the background sends it when due, and the report's scheduled_at says when. OVERRIDE_WINDOW (emergencies are never held back) and ALLOW_PAST_START are the operator's decisions to send at once anyway, and a refusal names the one that lifts it. The report is not trusted: each customer's numbers, consent and opt-out are read again from the customers layer (CUSTOMERS and its fields, as for outage:customers, or the layers mapped in the project). DRY_RUN writes the messages to a JSONL file next to OUTPUT, records nothing and needs no gateway profile.</source>
      <translation>Invia l'avviso SMS ai destinatari di REPORT (il report JSON di outage:isolate o outage:customers) tramite il gateway PROFILE, invia la copia per email al call center (SEND_EMAIL) e registra l'intervento nel database dello storico. Ogni numero riceve un solo SMS per intervento: rieseguire con lo stesso REFERENCE non invia nulla di nuovo. I controlli bloccanti (segmenti, mittente, un inizio già passato o una data impossibile) rifiutano l'invio prima che venga scritto qualsiasi dato. Fuori dalla fascia oraria (08:00-21:00 salvo diversa impostazione) l'avviso non è rifiutato: attende nella coda d'invio la prossima apertura della fascia, e SEND_AT sceglie un momento successivo; outage:dispatch (cron, un timer systemd) o QGIS in background lo invia quando è il momento, e scheduled_at del report dice quando. OVERRIDE_WINDOW (le emergenze non vengono mai trattenute) e ALLOW_PAST_START sono le decisioni dell'operatore di inviare comunque subito, e un rifiuto indica quale dei due lo supera. Il report non è considerato affidabile: numeri, consenso ed esclusioni di ogni utenza si rileggono dal layer delle utenze (CUSTOMERS e i suoi campi, come per outage:customers, oppure i layer associati nel progetto). DRY_RUN scrive i messaggi in un file JSONL accanto a OUTPUT, non registra nulla e non richiede un profilo del gateway.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Sensitive categories</source>
      <translation>Categorie sensibili</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Sensitive customer</source>
      <translation>Utenza sensibile</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Sensitive customers</source>
      <translation>Utenze sensibili</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Sent: {channels}; {delivered} delivered, {failed} not received, {doubt} in doubt</source>
      <translation>Inviati: {channels}; consegnati: {delivered}, non ricevuti: {failed}, in dubbio: {doubt}</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Service connections (lines from the meter to the main)</source>
      <translation>Allacci (linee dal contatore alla condotta)</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Service connections (meter to main)</source>
      <translation>Allacci (dal contatore alla condotta)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Service connections: customer id field</source>
      <translation>Allacci: campo codice utenza</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Service connections: id field</source>
      <translation>Allacci: campo codice allaccio</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Service line layer</source>
      <translation>Layer degli allacci</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Set up the call-centre email in the plugin settings first.</source>
      <translation>Configurare prima l'email del call center nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Settings…</source>
      <translation>Impostazioni…</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Shared-meter categories</source>
      <translation>Categorie dei contatori condominiali</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Show history layer</source>
      <translation>Mostra il layer dello storico</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Show on map</source>
      <translation>Mostra sulla mappa</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Shut its connection toward the work, or stop the pump.</source>
      <translation>Chiudere il suo collegamento verso il cantiere, o fermare la pompa.</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Shut the source</source>
      <translation>Chiudere la fonte</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Shut toward the work, or stop the pump.</source>
      <translation>Chiudere verso il cantiere, o fermare la pompa.</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Simulated</source>
      <translation>Simulato</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Simulating the closure in the hydraulic model…</source>
      <translation>Simulazione della chiusura nel modello idraulico in corso…</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Skipped: {problem}</source>
      <translation>Saltato: {problem}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Snapping tolerance</source>
      <translation>Tolleranza di aggancio</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Snapping tolerance (layer units)</source>
      <translation>Tolleranza di aggancio (unità del layer)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Source id field</source>
      <translation>Campo id fonte</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Source layer</source>
      <translation>Layer delle fonti</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Sources (tanks, wells, connections)</source>
      <translation>Fonti (serbatoi, pozzi, interconnessioni)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Sources (tanks, wells, inlets: points or footprints)</source>
      <translation>Fonti (serbatoi, pozzi, punti di immissione: punti o poligoni)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Sources to shut</source>
      <translation>Fonti da chiudere</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Sources to shut ({n})</source>
      <translation>Fonti da chiudere ({n})</translation>
    </message>
    <message>
      <location filename="../processing_provider/segments.py" />
      <source>Splits the network into valve segments: the smallest parts that can be shut off by closing valves. Sources (tanks, wells, inlets) bound segments as valves do. Pipes are split at mid-span valves, at sources and where another pipe ends on them (a tee without a node); ends closer than the tolerance are joined. Pipes whose status is out of service are left out, and valves whose type does not shut a pipe are open joints. Each output feature is one pipe piece with its pipe id, segment_id and supplied (connected to a source with the valves in their normal state).</source>
      <translation>Divide la rete in settori: le parti più piccole che si possono isolare chiudendo valvole. Le fonti (serbatoi, pozzi, immissioni) delimitano i settori come le valvole. Le condotte sono divise dove c'è una valvola a metà tratta, una fonte o dove un'altra condotta vi termina sopra (un innesto a T senza nodo); le estremità più vicine della tolleranza sono unite. Le condotte con stato fuori servizio sono escluse e le valvole di un tipo che non sezionano sono giunti aperti. Ogni elemento in uscita è un tratto di condotta con il suo codice, segment_id e supplied (collegato a una fonte con le valvole nel loro stato normale).</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Start</source>
      <translation>Inizio</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Start work</source>
      <translation>Inizia i lavori</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Start, reschedule, extend, finish or cancel the selected work.</source>
      <translation>Inizia, rinvia, proroga, concludi o annulla il lavoro selezionato.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Status (in service?)</source>
      <translation>Stato (in servizio?)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Status values meaning check (non-return) valve, passing water one way</source>
      <translation>Valori di stato che indicano una valvola di ritegno, che lascia passare l'acqua in un solo verso</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Status values meaning inoperable</source>
      <translation>Valori di stato che indicano non manovrabile</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Status values meaning normally closed</source>
      <translation>Valori di stato che indicano normalmente chiusa</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Steady state</source>
      <translation>Stato stazionario</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Step</source>
      <translation>Passo</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Stored credentials '{name}' as authentication configuration {id}.</source>
      <translation>Credenziali '{name}' salvate come configurazione di autenticazione {id}.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Street</source>
      <translation>Via</translation>
    </message>
    <message>
      <location filename="../gis/map_image.py" />
      <source>Streets of the notice</source>
      <translation>Vie dell'avviso</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Suggested GSM-7 text (edit the template to use it): {text}</source>
      <translation>Testo GSM-7 suggerito (modifica il modello per usarlo): {text}</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Summary (CSV)</source>
      <translation>Riepilogo (CSV)</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Summary per municipality (CSV)</source>
      <translation>Riepilogo per comune (CSV)</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>TLS with {where} failed ({reason}); check the security mode and port</source>
      <translation>La connessione TLS con {where} non è riuscita ({reason}); controlla la sicurezza e la porta</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Tees without a node, joined ({n})</source>
      <translation>Innesti a T senza nodo, collegati ({n})</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>Tells the numbers that had the notice of intervention REFERENCE that the work moved or takes longer. With START and END the work is rescheduled: the postponement notice goes, the reminders not sent yet are called off and, when there were some, new ones are scheduled for the new dates. With END only it is extended: the extension notice goes. A notice still waiting for its first send (for the window's 08:00, or for the time chosen) is written again with the new dates for the same recipients and channels, and no postponement goes to those who never had it; MOVED counts its messages, and KIND is then the notice's kind when nobody had it yet. Outside the send window (08:00-21:00 unless set otherwise) the notice waits in the outbox for the window's next opening and SCHEDULED_AT says when; OVERRIDE_WINDOW sends it at once, as the operator's decision. The history keeps the times before the change. The gateway PROFILE is the selected one when empty; DATABASE defaults to the one in the settings.</source>
      <translation>Avvisa i numeri che hanno ricevuto l'avviso dell'intervento REFERENCE che i lavori sono stati spostati o durano di più. Con START ed END l'intervento è rinviato: parte l'avviso di rinvio, i promemoria non ancora inviati sono revocati e, se ce n'erano, se ne programmano di nuovi per le nuove date. Con solo END è prolungato: parte l'avviso di prolungamento. Un avviso ancora in attesa del primo invio (per le 08:00 della fascia, o per l'ora scelta) viene riscritto con le nuove date per gli stessi destinatari e canali, e nessun avviso di rinvio va a chi non l'ha mai ricevuto; MOVED ne conta i messaggi, e KIND è allora il tipo dell'avviso quando nessuno l'ha ancora ricevuto. Fuori dalla fascia di invio (08:00-21:00 se non impostata diversamente) l'avviso attende nella coda di invio la prossima apertura della fascia e SCHEDULED_AT dice quando; OVERRIDE_WINDOW lo invia subito, per decisione dell'operatore. Lo storico conserva gli orari di prima della modifica. Il profilo del gateway PROFILE è, se vuoto, quello selezionato; DATABASE è, se vuoto, quello delle impostazioni.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: a macro calls itself without end.</source>
      <translation>Modello {template}, riga {line}: una macro richiama se stessa senza fine.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: it makes a text or a list larger than {limit}.</source>
      <translation>Modello {template}, riga {line}: produce un testo o un elenco più grande di {limit}.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: its loops turn more than {limit} times.</source>
      <translation>Modello {template}, riga {line}: i suoi cicli si ripetono più di {limit} volte.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: the included file {include} does not exist.</source>
      <translation>Modello {template}, riga {line}: il file incluso {include} non esiste.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: the template failed ({error}).</source>
      <translation>Modello {template}, riga {line}: il modello non è riuscito a comporre il testo ({error}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: this is not valid template syntax.</source>
      <translation>Modello {template}, riga {line}: la sintassi del modello non è valida.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}: it takes more than {limit} seconds to write.</source>
      <translation>Modello {template}: servono più di {limit} secondi per comporre il testo.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}: refused by the sandbox; templates may only use the documented placeholders.</source>
      <translation>Modello {template}: rifiutato dalla sandbox; i modelli possono usare solo i segnaposto documentati.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}: the placeholder '{placeholder}' has no value.</source>
      <translation>Modello {template}: il segnaposto '{placeholder}' non ha un valore.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}: the text would be longer than {limit} characters.</source>
      <translation>Modello {template}: il testo supererebbe i {limit} caratteri.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Test SMS through '{profile}' to {phone}: {outcome}.</source>
      <translation>SMS di prova tramite '{profile}' a {phone}: {outcome}.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Test SMS to {phone}: {state}.</source>
      <translation>SMS di prova a {phone}: {state}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Test email sent to {addresses}.</source>
      <translation>Email di prova inviata a {addresses}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Test the connection</source>
      <translation>Prova connessione</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The PostgreSQL history database needs the Python module psycopg2 (Debian: python3-psycopg2; the QGIS installers for Windows and macOS include it).</source>
      <translation>Il database PostgreSQL dello storico richiede il modulo Python psycopg2 (Debian: python3-psycopg2; gli installatori di QGIS per Windows e macOS lo includono).</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The PostgreSQL server {host} cannot be reached. Check that it is running, the network, and the connection in the plugin settings, then try again.</source>
      <translation>Il server PostgreSQL {host} non è raggiungibile. Verificare che sia acceso, la rete e la connessione nelle impostazioni del plugin, poi riprovare.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The PostgreSQL server {host} has no database {database}. Check the connection in the plugin settings.</source>
      <translation>Sul server PostgreSQL {host} non esiste il database {database}. Verificare la connessione nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The PostgreSQL server {host} refused the login. Check the user and password chosen in the plugin settings.</source>
      <translation>Il server PostgreSQL {host} ha rifiutato l'accesso. Verificare utente e password scelti nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>The QGIS authentication system is disabled: {reason}</source>
      <translation>Il sistema di autenticazione di QGIS è disattivato: {reason}</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>The QGIS master password is not set or was not entered, so the stored credentials cannot be read. Set it in Settings &gt; Options &gt; Authentication.</source>
      <translation>La password principale di QGIS non è impostata o non è stata inserita, quindi le credenziali salvate non si possono leggere. Impostala in Impostazioni &gt; Opzioni &gt; Autenticazione.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The SMS exactly as customers will read it:</source>
      <translation>L'SMS esattamente come lo leggeranno le utenze:</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The SMS gateway answered the login with no session in it ({detail}): a proxy's page, or the wrong address. Nothing was sent; check the gateway's address and the proxy settings.</source>
      <translation>Il gateway SMS ha risposto all'accesso senza una sessione ({detail}): una pagina di un proxy, o l'indirizzo sbagliato. Non è stato inviato nulla; controllate l'indirizzo del gateway e le impostazioni del proxy.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The SMS gateway's address redirects elsewhere ({detail}): nothing was followed, so no credential left for another host. Correct the address in the gateway profile; the messages of the redirected request are checked with the provider before anything is sent again.</source>
      <translation>L'indirizzo del gateway SMS rimanda altrove ({detail}): il rimando non è stato seguito, quindi nessuna credenziale è partita verso un altro server. Correggete l'indirizzo nel profilo del gateway; i messaggi della richiesta rimandata vengono verificati presso il fornitore prima di inviare di nuovo qualsiasi cosa.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The SMS provider refused the credentials of the gateway profile; nothing more is sent until they are corrected.</source>
      <translation>Il fornitore SMS ha rifiutato le credenziali del profilo del gateway; non si invia altro finché non vengono corrette.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The SMS provider refuses to send for this account ({detail}): its credentials or its credit. Nothing more is sent until it is put right; the messages wait in the outbox.</source>
      <translation>Il fornitore SMS rifiuta di inviare per questo account ({detail}): le credenziali o il credito. Non viene inviato altro finché non si rimedia; i messaggi attendono nella coda d'invio.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>The SMS text needs a value for '{placeholder}', which is not set.</source>
      <translation>Il testo dell'SMS ha bisogno di un valore per «{placeholder}», che non è impostato.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The SMTP server name {host} is unknown</source>
      <translation>Il nome del server SMTP {host} è sconosciuto</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The accurate transformation needs the grid {grids}.</source>
      <translation>La trasformazione accurata richiede il grigliato {grids}.</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>The authentication configuration '{id}' for {purpose} cannot be decrypted; check the QGIS master password.</source>
      <translation>La configurazione di autenticazione '{id}' per {purpose} non può essere decifrata; controlla la password principale di QGIS.</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>The authentication configuration '{id}' for {purpose} no longer exists in the QGIS authentication database.</source>
      <translation>La configurazione di autenticazione '{id}' per {purpose} non esiste più nel database di autenticazione di QGIS.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The call-centre copy is turned off.</source>
      <translation>La copia per il call center è disattivata.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>The call-centre email is turned off.</source>
      <translation>L'email al call center è disattivata.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The certificate of {where} is not trusted ({reason}): check the CA file {cafile}</source>
      <translation>Il certificato di {where} non è attendibile ({reason}): controlla il file della CA {cafile}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The certificate of {where} is not trusted ({reason}): if the server uses a private CA, set its CA file in the email settings</source>
      <translation>Il certificato di {where} non è attendibile ({reason}): se il server usa una CA privata, indica il suo file nelle impostazioni email</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>The change was not saved: {error}</source>
      <translation>La modifica non è stata salvata: {error}</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>The crew could not close the selected valve: trace again without it.</source>
      <translation>La squadra non è riuscita a chiudere la valvola selezionata: ripeti il tracciamento senza di essa.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>The crew is on site: the work is in progress.</source>
      <translation>La squadra è sul posto: il lavoro è in corso.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The disk holding {path} is full: nothing more can be saved. Free some space and try again.</source>
      <translation>Il disco che contiene {path} è pieno: non si può salvare altro. Liberare spazio e riprovare.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The disk reported an error on {path}. Check the disk (or the network share), then try again.</source>
      <translation>Il disco ha segnalato un errore su {path}. Controllare il disco (o la cartella di rete), poi riprovare.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The email could not be written ({detail}).</source>
      <translation>Non è stato possibile comporre l'email ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The end ({end}) must come after the start ({start}).</source>
      <translation>La fine ({end}) deve venire dopo l'inizio ({start}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The end ({end}) would make the work last more than {days} days: check the end date.</source>
      <translation>Con la fine al {end} l'intervento durerebbe più di {days} giorni: controllare la data di fine.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The end must come after the start.</source>
      <translation>La fine deve venire dopo l'inizio.</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>The evening before, at</source>
      <translation>La sera prima, alle</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The extension notice goes to whoever had the notice, the same way, nobody else: {channels}.</source>
      <translation>L'avviso di proroga va a chi ha ricevuto l'avviso, nello stesso modo, a nessun altro: {channels}.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The field '{name}' of the layer '{layer}' ({role}) is chosen for '{field}' but is not numeric.</source>
      <translation>Il campo '{name}' del layer '{layer}' ({role}) è scelto per '{field}' ma non è numerico.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The file {path} is not a readable history database (damaged, or not a database). Restore it from a backup, or choose another file in the plugin settings.</source>
      <translation>Il file {path} non è un database dello storico leggibile (danneggiato, o non è un database). Ripristinarlo da una copia di sicurezza, o scegliere un altro file nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>The filter expression on layer '{layer}' is invalid: {error}</source>
      <translation>L'espressione di filtro sul layer '{layer}' non è valida: {error}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>The flyer {path} could not be written.</source>
      <translation>Impossibile scrivere il volantino {path}.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>The follow-up notice goes once the work is finished or cancelled.</source>
      <translation>L'avviso di aggiornamento si invia quando il lavoro è concluso o annullato.</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>The gateway accepted the test SMS to {phone}.</source>
      <translation>Il gateway ha accettato l'SMS di prova a {phone}.</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>The gateway did not accept the test SMS ({outcome}: {detail}).</source>
      <translation>Il gateway non ha accettato l'SMS di prova ({outcome}: {detail}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The gateway profile would send credentials over plain http:// to another machine; use https:// ({detail}).</source>
      <translation>Il profilo del gateway invierebbe le credenziali in chiaro via http:// a un'altra macchina; usare https:// ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The gateway stopped the run ({detail}).</source>
      <translation>Il gateway ha interrotto l'invio ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The history database {path} cannot be opened or created. Check that its folder exists and that you may write there, or choose another file in the plugin settings.</source>
      <translation>Il database dello storico {path} non si può aprire né creare. Verificare che la cartella esista e che si abbiano i permessi di scrittura, o scegliere un altro file nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The history database {path} is locked by another program (waited {seconds} s). Close the other program that has it open (a database browser, another QGIS) and try again.</source>
      <translation>Il database dello storico {path} è bloccato da un altro programma (attesa di {seconds} s). Chiudere l'altro programma che lo tiene aperto (un visualizzatore di database, un altro QGIS) e riprovare.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The history database {path} is read-only. Give yourself write permission on the file and its folder, or choose another file in the plugin settings.</source>
      <translation>Il database dello storico {path} è in sola lettura. Assegnarsi i permessi di scrittura sul file e sulla sua cartella, o scegliere un altro file nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The history database {path} was written by a newer version of the plugin. Update the plugin, or choose another database in the plugin settings.</source>
      <translation>Il database dello storico {path} è stato scritto da una versione più recente del plugin. Aggiornare il plugin, o scegliere un altro database nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>The hydraulic model {file} does not balance with this closure (EPANET {error}): the pressures cannot be trusted.</source>
      <translation>Il modello idraulico {file} non va a convergenza con questa chiusura (EPANET {error}): le pressioni non sono affidabili.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>The hydraulic model {file} was not found: choose it again in the settings.</source>
      <translation>Il modello idraulico {file} non è stato trovato: sceglilo di nuovo nelle impostazioni.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The intervention history could not be read: {detail}</source>
      <translation>Lo storico degli interventi non si può leggere: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The layer '{layer}' ({crs}) reaches the working CRS {target} only by a ballpark transformation that ignores the datum shift: its features may lie tens of metres off the pipes, so valves may be found on no pipe and customers on the wrong one. Store the layers in one CRS, or choose a transformation in Project › Properties › Transformations.</source>
      <translation>Il layer '{layer}' ({crs}) arriva al SR di lavoro {target} solo con una trasformazione approssimata (ballpark) che ignora il cambio di datum: i suoi elementi possono trovarsi a decine di metri dalle condotte, per cui le valvole possono risultare fuori rete e le utenze sulla condotta sbagliata. Salvare i layer in un unico SR, oppure scegliere una trasformazione in Progetto › Proprietà › Trasformazioni.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer '{layer}' ({role}) has no field '{name}' (chosen for '{field}').</source>
      <translation>Il layer '{layer}' ({role}) non ha il campo '{name}' (scelto per '{field}').</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer '{layer}' ({role}) has no field chosen for '{field}'.</source>
      <translation>Il layer '{layer}' ({role}) non ha un campo scelto per '{field}'.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer '{layer}' ({role}) has no points, so customers cannot be linked to the nearest pipe; link them by a pipe id field instead.</source>
      <translation>Il layer '{layer}' ({role}) non ha punti, quindi le utenze non si possono collegare alla condotta più vicina; collegarle invece con un campo del codice condotta.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer '{layer}' ({role}) has {found} geometry; it needs {expected}.</source>
      <translation>Il layer '{layer}' ({role}) ha geometria {found}; servono {expected}.</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The layer '{layer}' is labelled {crs} (degrees), yet its coordinates reach ({x:.0f}, {y:.0f}), which no place on Earth has in degrees: its CRS is probably wrong.</source>
      <translation>Il layer '{layer}' è dichiarato in {crs} (gradi), ma le sue coordinate arrivano a ({x:.0f}, {y:.0f}), valori impossibili in gradi: il suo sistema di riferimento è probabilmente sbagliato.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer chosen for '{role}' ({layer}) is no longer in the project.</source>
      <translation>Il layer scelto per '{role}' ({layer}) non è più nel progetto.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>The layers are not ready for a trace: {problems}</source>
      <translation>I layer non sono pronti per un tracciamento: {problems}</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>The lists of isolated and unsupplied customers stand.</source>
      <translation>Gli elenchi delle utenze isolate e non alimentate restano validi.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The login for the PostgreSQL history database cannot be read from the QGIS authentication database. Choose it again in the plugin settings.</source>
      <translation>Le credenziali del database PostgreSQL dello storico non si possono leggere dal database di autenticazione di QGIS. Sceglierle di nuovo nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>The login of the public pages' server cannot be read: enter the QGIS master password.</source>
      <translation>Le credenziali del server delle pagine pubbliche non sono leggibili: inserite la password principale di QGIS.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The mail server did not take the email ({detail}).</source>
      <translation>Il server di posta non ha accettato l'email ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The mail server received the whole email, but the connection ended before it confirmed it: it may have arrived. Ask the call centre before sending it again ({detail}).</source>
      <translation>Il server di posta ha ricevuto tutta l'email, ma la connessione si è chiusa prima della conferma: potrebbe essere arrivata. Chiedete al call center prima di inviarla di nuovo ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The mail server refused these addresses: {detail}.</source>
      <translation>Il server di posta ha rifiutato questi indirizzi: {detail}.</translation>
    </message>
    <message>
      <location filename="../gis/mail_check.py" />
      <source>The mail server {where} accepted the connection and the login; no email was sent.</source>
      <translation>Il server di posta {where} ha accettato la connessione e l'accesso; nessuna email è stata inviata.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The message is empty.</source>
      <translation>Il messaggio è vuoto.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The message takes {segments} SMS segments ({units} {encoding} units); the configured maximum is {maximum}.</source>
      <translation>Il messaggio occupa {segments} SMS ({units} caratteri {encoding}); il massimo impostato è {maximum}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>The model {file} does not exist.</source>
      <translation>Il modello {file} non esiste.</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>The morning of the work at 08:00, and each morning while it lasts</source>
      <translation>La mattina dei lavori alle 08:00, e ogni mattina finché durano</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>The network model could not be built: {error}</source>
      <translation>Impossibile costruire il modello di rete: {error}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The network model could not be cached in {folder}: {detail}</source>
      <translation>Il modello di rete non si può salvare nella cache in {folder}: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The notice '{kind}' needs an end time to record the intervention.</source>
      <translation>L'avviso '{kind}' richiede un'ora di fine per registrare l'intervento.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The notice of {reference} still waiting (messages: {messages}) goes with the new dates {when} (Italian time); nobody gets the old ones.</source>
      <translation>L'avviso di {reference} ancora in attesa (messaggi: {messages}) parte con le nuove date {when} (ora italiana); nessuno riceve quelle vecchie.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The notice of {reference} still waiting (messages: {messages}) goes with the new dates; nobody gets the old ones.</source>
      <translation>L'avviso di {reference} ancora in attesa (messaggi: {messages}) parte con le nuove date; nessuno riceve quelle vecchie.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The notice still waiting ({channels}) is written again with the new dates and goes to the same people, the same way: nobody gets the old dates, nobody gets it twice.</source>
      <translation>L'avviso ancora in attesa ({channels}) viene riscritto con le nuove date e va alle stesse persone, allo stesso modo: nessuno riceve le vecchie date, nessuno lo riceve due volte.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The notice will be sent {when} (Italian time): it waits in the outbox until then.</source>
      <translation>L'avviso verrà inviato {when} (ora italiana): fino ad allora attende nella coda d'invio.</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>The number '{phone}' cannot receive an SMS ({reason}).</source>
      <translation>Il numero '{phone}' non può ricevere SMS ({reason}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>The numbers that must never get an SMS (a customer answered STOP, ANNULLA or CANCELLA, read by outage:dispatch) are kept in the history database and left out of every notice. IMPORT adds the numbers of a CSV file (one a line, the first column; a header line is optional) to the list; OUTPUT writes the whole list (phone;since;source). Numbers without a country code are read in PHONE_REGION (IT by default). DATABASE defaults to the one in the settings.</source>
      <translation>I numeri che non devono mai ricevere un SMS (l'utente ha risposto STOP, ANNULLA o CANCELLA, letto da outage:dispatch) sono conservati nel database dello storico ed esclusi da ogni avviso. IMPORT aggiunge all'elenco i numeri di un file CSV (uno per riga, la prima colonna; la riga d'intestazione è facoltativa); OUTPUT scrive l'intero elenco (phone;since;source). I numeri senza prefisso internazionale si leggono in PHONE_REGION (IT se vuoto). DATABASE è, se vuoto, quello delle impostazioni.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The operator's name is missing: every notice is signed in the history.</source>
      <translation>Manca il nome dell'operatore: ogni avviso è firmato nello storico.</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>The period must have a start before its end.</source>
      <translation>L'inizio del periodo deve precedere la fine.</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>The period must start on or before its last day.</source>
      <translation>Il periodo deve iniziare entro il suo ultimo giorno.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>The phone region '{region}' is unknown; use a country code such as IT.</source>
      <translation>Il paese '{region}' dei numeri di telefono è sconosciuto; usa un codice paese come IT.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The pilot report could not be written to {folder}: {detail}</source>
      <translation>Il rapporto pilota non si può scrivere in {folder}: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_report.py" />
      <source>The pilot report could not be written: {error}</source>
      <translation>Impossibile scrivere il rapporto della sperimentazione: {error}</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The pipes layer '{layer}' has no coordinate reference system; set one.</source>
      <translation>Il layer delle condotte '{layer}' non ha un sistema di riferimento; impostalo.</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The pipes layer '{layer}' is in {crs} (degrees); the trace works in {utm} and reads the tolerance in metres.</source>
      <translation>Il layer delle condotte '{layer}' è in {crs} (gradi); il tracciamento lavora in {utm} e legge la tolleranza in metri.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' cannot be read ({reason}).</source>
      <translation>Il file dei lavori programmati '{file}' non si può leggere ({reason}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' cannot be read as CSV from line {line}: a cell longer than {limit} characters, or a quote that is never closed?</source>
      <translation>Il file dei lavori programmati '{file}' non si può leggere come CSV dalla riga {line}: una cella più lunga di {limit} caratteri, o delle virgolette mai chiuse?</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' has no column {missing} (header: {header}); the columns are {columns} and, optionally, {optional}.</source>
      <translation>Nel file dei lavori programmati '{file}' manca la colonna {missing} (intestazione: {header}); le colonne sono {columns} e, facoltative, {optional}.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' is empty: it needs a header row.</source>
      <translation>Il file dei lavori programmati '{file}' è vuoto: serve una riga di intestazione.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' is not UTF-8 (byte {byte}): save it as 'CSV UTF-8' from the spreadsheet.</source>
      <translation>Il file dei lavori programmati '{file}' non è in UTF-8 (byte {byte}): salvarlo dal foglio di calcolo come 'CSV UTF-8'.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The postponement notice goes to whoever had the notice, the same way, nobody else: {channels}. Reminders not sent yet are called off and, if there were some, scheduled again for the new dates.</source>
      <translation>L'avviso di rinvio va a chi ha ricevuto l'avviso, nello stesso modo, a nessun altro: {channels}. I promemoria non ancora inviati vengono annullati e, se c'erano, riprogrammati per le nuove date.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>The pressure check failed.</source>
      <translation>La verifica della pressione non è riuscita.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>The pressure check needs the Python package owa-epanet in QGIS's Python: install it with pip (python -m pip install owa-epanet), then restart QGIS.</source>
      <translation>La verifica della pressione richiede il pacchetto Python owa-epanet nel Python di QGIS: installalo con pip (python -m pip install owa-epanet), poi riavvia QGIS.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>The provider has not taken every message yet: trying again at {at}, and until {until}.</source>
      <translation>Il fornitore non ha ancora preso tutti i messaggi: nuovo tentativo alle {at}, e si riprova fino alle {until}.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>The provider has not taken every message yet: trying again at {at}.</source>
      <translation>Il fornitore non ha ancora preso tutti i messaggi: nuovo tentativo alle {at}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The proxy refused its user name or password (HTTP 407): nothing reached the SMS gateway, and nothing more is sent until the proxy settings of QGIS (Settings &gt; Options &gt; Network) are corrected. The messages wait in the outbox.</source>
      <translation>Il proxy ha rifiutato il nome utente o la password (HTTP 407): nulla è arrivato al gateway SMS, e non viene inviato altro finché non si correggono le impostazioni del proxy di QGIS (Impostazioni &gt; Opzioni &gt; Rete). I messaggi attendono nella coda d'invio.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>The public pages' address: the SMS ends with it plus the intervention's short reference (https://www.example.it/lavori/2026-0001/). Empty: no link.</source>
      <translation>L'indirizzo delle pagine pubbliche: l'SMS termina con questo indirizzo seguito dal riferimento breve dell'intervento (https://www.example.it/lavori/2026-0001/). Vuoto: nessun link.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The public pages' upload login cannot be read: {detail}</source>
      <translation>Le credenziali per caricare le pagine pubbliche non si possono leggere: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>The reference (Rif.) is given to the new intervention on Send.</source>
      <translation>Il riferimento (Rif.) viene assegnato al nuovo intervento con Invia.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>The report '{file}' cannot be read ({reason}).</source>
      <translation>Il report '{file}' non si può leggere ({reason}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The report '{file}' has no {keys}: choose the JSON report of outage:isolate (with a customers layer) or outage:customers.</source>
      <translation>Nel report '{file}' manca {keys}: scegliere il report JSON di outage:isolate (con un layer delle utenze) o di outage:customers.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The report '{file}' holds {found}, not the report written by outage:isolate or outage:customers.</source>
      <translation>Il report '{file}' contiene {found}, non il report scritto da outage:isolate o outage:customers.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The report '{file}' is not a JSON file (line {line}, column {column}): choose the report written by outage:isolate or outage:customers.</source>
      <translation>Il report '{file}' non è un file JSON (riga {line}, colonna {column}): scegliere il report scritto da outage:isolate o outage:customers.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The report '{file}' is not as outage:isolate or outage:customers write it: '{where}' should be {expected}, not {found}.</source>
      <translation>Il report '{file}' non è come lo scrivono outage:isolate o outage:customers: '{where}' dovrebbe essere {expected}, non {found}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>The server refused: {addresses}</source>
      <translation>Il server ha rifiutato: {addresses}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The setting {key} has the unreadable value '{value}'; using '{default}' instead.</source>
      <translation>L'impostazione {key} ha il valore illeggibile '{value}'; si usa '{default}'.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) has already passed: a notice comes before the work. Correct the date, or confirm sending after the start as the operator's decision.</source>
      <translation>L'inizio ({start}) è già passato: l'avviso va dato prima del lavoro. Correggere la data, oppure confermare l'invio dopo l'inizio come decisione dell'operatore.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) has already passed: sent anyway, as this is an emergency.</source>
      <translation>L'inizio ({start}) è già passato: invio consentito perché si tratta di un'emergenza.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) has already passed: sent anyway, by the operator's decision.</source>
      <translation>L'inizio ({start}) è già passato: invio consentito per decisione dell'operatore.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) is more than {days} days ago: check the date.</source>
      <translation>L'inizio ({start}) risale a più di {days} giorni fa: controllare la data.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) is more than {days} days ahead: check the date (the year?).</source>
      <translation>L'inizio ({start}) è tra più di {days} giorni: controllare la data (l'anno?).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The stored SMS gateway profiles ({key}) are unreadable and were ignored; add the profiles again in the plugin settings.</source>
      <translation>I profili del gateway SMS salvati ({key}) sono illeggibili e sono stati ignorati; aggiungi di nuovo i profili nelle impostazioni del plugin.</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The trace uses them as they are, with the tolerance in the same units.</source>
      <translation>Il tracciamento usa le coordinate così come sono, con la tolleranza nelle stesse unità.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>The upload did not go ({reason}); {n} file(s) wait. The SMS are not affected: use Retry upload in the history.</source>
      <translation>Il caricamento non è riuscito ({reason}); {n} file in attesa. Gli SMS non ne risentono: usate Riprova il caricamento nello storico.</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>The valve sheet PDF could not be written to {path}.</source>
      <translation>Impossibile scrivere il PDF della scheda manovre in {path}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>The water is back (also before the planned end): then the water-back SMS.</source>
      <translation>L'acqua è tornata (anche prima della fine prevista): poi l'SMS di acqua tornata.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The work of {reference} is over and the water is back. Planned end: {end}. If it came back earlier, set the time: the work is recorded as finished early and the water-back SMS names that time.</source>
      <translation>Il lavoro di {reference} è finito e l'acqua è tornata. Fine prevista: {end}. Se è tornata prima, indica l'ora: il lavoro risulta finito in anticipo e l'SMS di acqua tornata riporta quell'ora.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>The work site is no longer on any pipe.</source>
      <translation>Il cantiere non si trova più su alcuna condotta.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>The work will not be done: then the 'cancelled' SMS.</source>
      <translation>Il lavoro non si farà: poi l'SMS di annullamento.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The {provider} provider failed on chunk {chunk}.</source>
      <translation>Il fornitore {provider} ha avuto un errore sul blocco {chunk}.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>The {what} could not be saved: {error}</source>
      <translation>Impossibile salvare {what}: {error}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>This is a test of the call-centre copy of outage notices. No action is needed.</source>
      <translation>Questa è una prova della copia per il call center degli avvisi di interruzione. Non è richiesta alcuna azione.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent no SMS: nothing was left to send.</source>
      <translation>Questo invio non ha mandato SMS: non restava nulla da inviare.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent no SMS: sending was cancelled.</source>
      <translation>Questo invio non ha mandato SMS: l'invio è stato annullato.</translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent no SMS: the %n numbers already had this notice, and it never goes twice to a number.</source>
      <translation>
        <numerusform>Questo invio non ha mandato SMS: %n numero aveva già questo avviso, che non va mai due volte allo stesso numero.</numerusform>
        <numerusform>Questo invio non ha mandato SMS: i %n numeri avevano già questo avviso, che non va mai due volte allo stesso numero.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent no SMS: {error} Nothing is lost: the numbers wait in the outbox; fix the gateway settings and press Send again.</source>
      <translation>Questo invio non ha mandato SMS: {error} Non si perde nulla: i numeri restano in attesa; correggi le impostazioni del gateway e premi di nuovo Invia.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent {n} SMS.</source>
      <translation>Questo invio ha mandato {n} SMS.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>This valve has no id in the valve layer, so it cannot be marked; give it an id and trace again.</source>
      <translation>Questa valvola non ha un codice nel layer delle valvole, quindi non si può segnare; assegnale un codice e ripeti il tracciamento.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>This work is already intervention {reference} ({state}, planned {start}): Send continues it, and a number that had its notice never gets it twice.</source>
      <translation>Questo lavoro è già l'intervento {reference} ({state}, previsto {start}): Invia lo continua, e un numero che ha già avuto l'avviso non lo riceve mai due volte.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Time simulated</source>
      <translation>Momento simulato</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Timeout</source>
      <translation>Timeout</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>To</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>To close ({n})</source>
      <translation>Da chiudere ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>To the nearest pipe</source>
      <translation>Alla condotta più vicina</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Trace a work site</source>
      <translation>Traccia un cantiere</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Trace the selected pipes</source>
      <translation>Traccia le condotte selezionate</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Tries</source>
      <translation>Tentativi</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Two gateway profiles are called '{name}'.</source>
      <translation>Due profili del gateway si chiamano '{name}'.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>USE_PROJECT_MAPPING is set but the project's layer mapping cannot be used: {problems} Map the layers in the plugin settings, or set USE_PROJECT_MAPPING to false and give the layers (PIPES, VALVES, CUSTOMERS...).</source>
      <translation>USE_PROJECT_MAPPING è attivo ma la mappatura dei layer del progetto non è utilizzabile: {problems} Mappa i layer nelle impostazioni del plugin, oppure imposta USE_PROJECT_MAPPING a false e indica i layer (PIPES, VALVES, CUSTOMERS...).</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Units</source>
      <translation>Unità abitative</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Units field (shared meters)</source>
      <translation>Campo unità abitative (contatori condominiali)</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Unknown SMS provider '{provider}' (known: {known}).</source>
      <translation>Fornitore SMS '{provider}' sconosciuto (noti: {known}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Unknown kind of notice '{kind}'.</source>
      <translation>Tipo di avviso sconosciuto '{kind}'.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Unreachable: {reason}</source>
      <translation>Non raggiungibili: {reason}</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Unsupplied customer</source>
      <translation>Utenza non alimentata</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Unsupplied pipes</source>
      <translation>Condotte non alimentate</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>Upload</source>
      <translation>Caricamento</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>Upload address</source>
      <translation>Indirizzo di caricamento</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>Upload login</source>
      <translation>Credenziali di caricamento</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Upload to {target} stopped ({why}): %n file(s) sent, {waiting} waiting.</source>
      <translation>
        <numerusform>Caricamento su {target} interrotto ({why}): %n file inviato, in attesa {waiting}.</numerusform>
        <numerusform>Caricamento su {target} interrotto ({why}): %n file inviati, in attesa {waiting}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Upload to {target} stopped: {detail}.</source>
      <translation>Caricamento su {target} interrotto: {detail}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Uploaded %n file(s) to {target}.</source>
      <translation>
        <numerusform>Caricato %n file su {target}.</numerusform>
        <numerusform>Caricati %n file su {target}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>Uploaded: {n} file(s).</source>
      <translation>Caricati: {n} file.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>Uploading in the background…</source>
      <translation>Caricamento in corso in background…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Uploading the public page of {reference}</source>
      <translation>Caricamento della pagina pubblica di {reference}</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Use the project's layer mapping</source>
      <translation>Usa la mappatura dei layer del progetto</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Utility name</source>
      <translation>Nome del gestore</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Utility name: every SMS starts with it.</source>
      <translation>Nome del gestore: ogni SMS comincia con questo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Valid rows</source>
      <translation>Righe valide</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Value</source>
      <translation>Valore</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valve</source>
      <translation>Valvola</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Valve id field</source>
      <translation>Campo id valvola</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Valve layer</source>
      <translation>Layer delle valvole</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Valve or source</source>
      <translation>Valvola o fonte</translation>
    </message>
    <message>
      <location filename="../processing_provider/segments.py" />
      <source>Valve segments</source>
      <translation>Segmenti tra valvole</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valve sheet…</source>
      <translation>Scheda manovre…</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Valve states meaning check valve</source>
      <translation>Stati che indicano una valvola di ritegno</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Valve states meaning closed</source>
      <translation>Stati valvola che indicano chiusa</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Valve states meaning inoperable</source>
      <translation>Stati valvola che indicano non manovrabile</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Valve status field</source>
      <translation>Campo stato valvola</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Valve type field (empty: every valve isolates)</source>
      <translation>Campo tipo delle valvole (vuoto: tutte sezionano)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Valve types that shut a pipe</source>
      <translation>Tipi di valvola che sezionano</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Valve types that shut a pipe (others are passed as open joints)</source>
      <translation>Tipi di valvola che sezionano (le altre sono attraversate come giunti aperti)</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Valve {valve} marked as 'will not close' for this intervention.</source>
      <translation>Valvola {valve} segnata come 'non si chiude' per questo intervento.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves</source>
      <translation>Valvole</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Valves (valves modelled as links)</source>
      <translation>Valvole (valvole modellate come link)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves already closed</source>
      <translation>Valvole già chiuse</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves not required (optional)</source>
      <translation>Valvole non necessarie (facoltative)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves standing on a source ({n})</source>
      <translation>Valvole su una fonte ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves that do not isolate, passed ({n})</source>
      <translation>Valvole che non sezionano, attraversate ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Valves to close</source>
      <translation>Valvole da chiudere</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>Wait: an SMS is being sent.</source>
      <translation>Attendi: è in corso un invio di SMS.</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Waiting to be sent</source>
      <translation>In attesa di invio</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Warning: {warning}</source>
      <translation>Attenzione: {warning}</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Warnings</source>
      <translation>Segnalazioni</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Warnings ({n})</source>
      <translation>Segnalazioni ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Warnings ({n}), notes ({notes})</source>
      <translation>Avvisi ({n}), note ({notes})</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Water Outage Notifier</source>
      <translation>Avvisi interruzioni idriche</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Water Outage Notifier SMS: {name}</source>
      <translation>Avvisi interruzioni idriche, SMS: {name}</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Water Outage Notifier mail server {host}</source>
      <translation>Avvisi interruzioni idriche, server di posta {host}</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Water Outage Notifier results</source>
      <translation>Risultati avvisi interruzioni idriche</translation>
    </message>
    <message>
      <location filename="../dialogs/settings_dialog.py" />
      <source>Water Outage Notifier settings</source>
      <translation>Impostazioni avvisi interruzioni idriche</translation>
    </message>
    <message>
      <location filename="../gis/dispatch_task.py" />
      <source>Water Outage Notifier: SMS dispatch</source>
      <translation>Avvisi interruzioni idriche: completamento degli invii SMS</translation>
    </message>
    <message>
      <location filename="../gis/model.py" />
      <source>Water Outage Notifier: building the network model</source>
      <translation>Avvisi interruzioni idriche: costruzione del modello di rete</translation>
    </message>
    <message>
      <location filename="../gis/model.py" />
      <source>Water Outage Notifier: caching the network model</source>
      <translation>Avvisi interruzioni idriche: salvataggio del modello di rete</translation>
    </message>
    <message>
      <location filename="../gis/pressure_task.py" />
      <source>Water Outage Notifier: pressure check</source>
      <translation>Avvisi interruzioni idriche: verifica delle pressioni</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Water Outage Notifier: test SMS, no action needed.</source>
      <translation>Avvisi interruzioni idriche: SMS di prova, nessuna azione richiesta.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Water Outage Notifier: test email</source>
      <translation>Avvisi interruzioni idriche: email di prova</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Water back at (Italian time)</source>
      <translation>Acqua tornata alle (ora italiana)</translation>
    </message>
    <message>
      <location filename="../gis/map_image.py" />
      <source>Water outage</source>
      <translation>Interruzione del servizio idrico</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>WebDAV or HTTP PUT</source>
      <translation>WebDAV o HTTP PUT</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>What to do</source>
      <translation>Cosa fare</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>When the notice will go (empty: it went now)</source>
      <translation>Quando partirà l'avviso (vuoto: è partito subito)</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>Where the customers answered "1" (still no water) to the water-back notice</source>
      <translation>Dove le utenze hanno risposto «1» (ancora senz'acqua) all'avviso di ritorno dell'acqua</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>While QGIS is open, finish interrupted sends and read delivery reports in the background this often (0: never; outage:dispatch does it from cron).</source>
      <translation>Con QGIS aperto, completa in background gli invii interrotti e legge i rapporti di consegna con questa frequenza (0: mai; da cron lo fa outage:dispatch).</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Why it must go again (required)</source>
      <translation>Perché deve essere inviato di nuovo (obbligatorio)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Will not close</source>
      <translation>Non chiude</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Will not close, this time ({n})</source>
      <translation>Non chiudono, questa volta ({n})</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Without the project's layer mapping, give {missing} (or open a project whose layers are mapped in the plugin settings and set USE_PROJECT_MAPPING).</source>
      <translation>Senza la mappatura dei layer del progetto, indica {missing} (oppure apri un progetto con i layer mappati nelle impostazioni del plugin e attiva USE_PROJECT_MAPPING).</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Work on pipe(s) {pipes} · prepared {when}</source>
      <translation>Lavori sulle condotte {pipes} · preparata il {when}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Work site traced: pipe pieces {pieces}, valves to close {valves}.</source>
      <translation>Cantiere tracciato: tratti di condotta {pieces}, valvole da chiudere {valves}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Works notified</source>
      <translation>Lavori notificati</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Works with a conflict</source>
      <translation>Lavori in conflitto</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>Write and open</source>
      <translation>Scrivi e apri</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Writes the pilot report for the interventions planned to start between START and END: a summary CSV per municipality, one CSV line per intervention and an HTML page with charts, into OUTPUT_FOLDER, in LANGUAGE (it: Italian, the default; en: English): headings, kinds, states and reasons in words. DATABASE defaults to the one in the settings.</source>
      <translation>Scrive in OUTPUT_FOLDER il report del progetto pilota per gli interventi con inizio previsto tra START ed END: un CSV riepilogativo per comune, una riga CSV per intervento e una pagina HTML con grafici, nella lingua LANGUAGE (it: italiano, predefinita; en: inglese), con intestazioni, tipi, stati e motivi in parole. DATABASE è per impostazione predefinita quello delle impostazioni.</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>X</source>
      <translation>X</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Y</source>
      <translation>Y</translation>
    </message>
    <message>
      <location filename="../gis/build_progress.py" />
      <source>Your click is queued: it is answered when the model is ready.</source>
      <translation>Il clic è in attesa: riceve risposta appena il modello è pronto.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Your own templates, used instead of the built-in ones of the same name.</source>
      <translation>I tuoi modelli, usati al posto di quelli predefiniti con lo stesso nome.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Your phone (test SMS)</source>
      <translation>Il tuo telefono (SMS di prova)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Your templates folder</source>
      <translation>La tua cartella dei modelli</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>a custom CRS</source>
      <translation>un sistema di riferimento personalizzato</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>a file is missing from the folder</source>
      <translation>manca un file nella cartella</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>a header of the gateway profile holds a line break; refused before sending</source>
      <translation>un'intestazione del profilo del gateway contiene un a capo; rifiutato prima dell'invio</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>a list […]</source>
      <translation>un elenco […]</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>a message found at the provider may be another notice's</source>
      <translation>un messaggio trovato presso il fornitore potrebbe essere di un altro avviso</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>a number</source>
      <translation>un numero</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>a table</source>
      <translation>una tabella</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>a text</source>
      <translation>un testo</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>accepted by the provider</source>
      <translation>accettato dal fornitore</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>already</source>
      <translation>già</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>already sent</source>
      <translation>già inviato</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>an id (a text or a whole number)</source>
      <translation>un codice (un testo o un numero intero)</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>an object {…}</source>
      <translation>un oggetto {…}</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>an unexpected error, see the log</source>
      <translation>un errore imprevisto, vedere il log</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>an unknown kind of geometry</source>
      <translation>una geometria di tipo sconosciuto</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>and {n} more</source>
      <translation>e altri {n}</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>below {metres} m, or {share} % below normal</source>
      <translation>sotto {metres} m, o {share} % sotto il normale</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>call</source>
      <translation>chiamata</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>canceled</source>
      <translation>annullato</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>cancelled</source>
      <translation>annullato</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>check valve: holds back the water of its far side</source>
      <translation>valvola di ritegno: trattiene l'acqua del lato opposto</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>conflicts</source>
      <translation>conflitti</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>customer list</source>
      <translation>l'elenco delle utenze</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>customers</source>
      <translation>utenze</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>dry run</source>
      <translation>simulazione</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. broken, guasta</source>
      <translation>es. guasta, broken</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. check, non-return, ritegno</source>
      <translation>es. ritegno, check, non-return</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. closed, chiusa</source>
      <translation>es. chiusa, closed</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. condominium</source>
      <translation>es. condominio</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. hospital, dialysis, school</source>
      <translation>es. ospedale, dialisi, scuola</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>email</source>
      <translation>email</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>email failed: {detail}</source>
      <translation>email non inviata: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>empty: nothing is published</source>
      <translation>vuoto: non si pubblica nulla</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>entry {entry}</source>
      <translation>voce {entry}</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>error: {error}</source>
      <translation>errore: {error}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>feature {fid}</source>
      <translation>elemento {fid}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>feature {fid} (id {feature_id})</source>
      <translation>elemento {fid} (codice {feature_id})</translation>
    </message>
    <message>
      <location filename="../gis/history_layer.py" />
      <source>finished</source>
      <translation>concluso</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>flyer list</source>
      <translation>l'elenco per i volantini</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>flyers</source>
      <translation>volantini</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>from</source>
      <translation>dal</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>hour of highest demand ({clock})</source>
      <translation>ora di massimo consumo ({clock})</translation>
    </message>
    <message>
      <location filename="../gis/history_layer.py" />
      <source>in progress</source>
      <translation>in corso</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>intervention</source>
      <translation>intervento</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>invalid number</source>
      <translation>numero non valido</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>invalid row: {problem}</source>
      <translation>riga non valida: {problem}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>it may have been sent</source>
      <translation>potrebbe essere stato inviato</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>it may have been sent; the provider is asked</source>
      <translation>potrebbe essere stato inviato; si chiede al fornitore</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>key = value, one a line (e.g. path = /tmp/sms.jsonl)</source>
      <translation>chiave = valore, una per riga (es. path = /tmp/sms.jsonl)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>landline only</source>
      <translation>solo telefono fisso</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>lines</source>
      <translation>linee</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>never</source>
      <translation>mai</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>no SMS consent</source>
      <translation>senza consenso SMS</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>no geometry</source>
      <translation>nessuna geometria</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>no id (feature {fid})</source>
      <translation>senza codice (elemento {fid})</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>no limit</source>
      <translation>nessun limite</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>no mail server is set yet (Email tab).</source>
      <translation>nessun server di posta è ancora impostato (scheda Email).</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>no phone number</source>
      <translation>nessun numero di telefono</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>no pipe id (separate several with ',', ';' or '|', or with spaces when the ids have none).</source>
      <translation>nessun codice condotta (separarne più d'uno con ',', ';' o '|', oppure con spazi se i codici non ne contengono).</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>no water</source>
      <translation>senz'acqua</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>nobody</source>
      <translation>nessuno</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>nobody is called</source>
      <translation>nessuna telefonata</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>none</source>
      <translation>nessuno</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>not a date and time; write it as 2026-03-02 08:30 (Rome time) or with its offset, 2026-03-02T08:30+01:00.</source>
      <translation>non è una data con ora; scriverla come 2026-03-02 08:30 (ora di Roma) o con il suo scostamento, 2026-03-02T08:30+01:00.</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>not confirmed</source>
      <translation>non confermato</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>not listed by the provider yet; too recent to be sure</source>
      <translation>il fornitore non lo elenca ancora; troppo recente per esserne certi</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>not notified</source>
      <translation>non notificato</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>not processed; safe to send again</source>
      <translation>non elaborato; si può inviare di nuovo</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>not run</source>
      <translation>non eseguito</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>not sent</source>
      <translation>non inviato</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>not taken, try again later</source>
      <translation>non preso in carico, riprova più tardi</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>nothing else</source>
      <translation>nient'altro</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>nothing to send</source>
      <translation>niente da inviare</translation>
    </message>
    <message>
      <location filename="../gis/history_layer.py" />
      <source>notified</source>
      <translation>notificato</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>now</source>
      <translation>adesso</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>null</source>
      <translation>null (vuoto)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>one or more addresses, separated by commas</source>
      <translation>uno o più indirizzi, separati da virgole</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>opted out</source>
      <translation>ha rinunciato agli SMS</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>or a drop from normal of more than</source>
      <translation>o un calo dal normale di oltre</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>pipes</source>
      <translation>condotte</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>plain http:// to another machine; refused before sending</source>
      <translation>http:// in chiaro verso un'altra macchina; rifiutato prima dell'invio</translation>
    </message>
    <message>
      <location filename="../gis/history_layer.py" />
      <source>planned</source>
      <translation>programmato</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>points</source>
      <translation>punti</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>points or polygons</source>
      <translation>punti o poligoni</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>points, polygons or no geometry</source>
      <translation>punti, poligoni o nessuna geometria</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>polygons</source>
      <translation>poligoni</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>queued</source>
      <translation>in coda</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>recipients</source>
      <translation>destinatari</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>reference</source>
      <translation>riferimento</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>refused</source>
      <translation>rifiutato</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>refused: {reasons}</source>
      <translation>rifiutato: {reasons}</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>row</source>
      <translation>riga</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>scheduled for {when}</source>
      <translation>programmato per il {when}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>sent</source>
      <translation>inviato</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>skipped: pipe id(s) {pipes} of column 'pipe_ids' are not in the pipes layer.</source>
      <translation>saltato: condotte assenti dal layer delle condotte: {pipes}.</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>skipped: traced only: no customers layer, nobody to notify.</source>
      <translation>saltato: solo tracciato, senza layer delle utenze non c'è nessuno da avvisare.</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>sources</source>
      <translation>fonti</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>status</source>
      <translation>esito</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>steady state</source>
      <translation>stato stazionario</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>taken by the provider but not delivered to the phone</source>
      <translation>presi dal fornitore ma non consegnati al telefono</translation>
    </message>
    <message>
      <location filename="../gis/postgis_columns.py" />
      <source>the PostGIS layers</source>
      <translation>i layer PostGIS</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the Python package paramiko is not installed</source>
      <translation>il pacchetto Python paramiko non è installato</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the SFTP server's key is not in the known hosts file</source>
      <translation>la chiave del server SFTP non è nel file degli host conosciuti</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>the SMS gateway '{name}'</source>
      <translation>il gateway SMS '{name}'</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the address is not valid</source>
      <translation>l'indirizzo non è valido</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the address must use https://</source>
      <translation>l'indirizzo deve usare https://</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the connection broke after sending: it may have been sent</source>
      <translation>la connessione si è interrotta dopo l'invio: potrebbe essere stato inviato</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>the customers layer</source>
      <translation>il layer delle utenze</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>the date and time the water is back (the history keeps it)</source>
      <translation>la data e l'ora in cui torna l'acqua (lo storico la registra)</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>the date and time the work starts</source>
      <translation>la data e l'ora di inizio del lavoro</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>the end must come after the start ({start}).</source>
      <translation>la fine deve venire dopo l'inizio ({start}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the gateway's address redirects elsewhere, not followed: it may have been sent</source>
      <translation>l'indirizzo del gateway rimanda altrove, rimando non seguito: potrebbe essere stato inviato</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the login cannot be read: enter the QGIS master password</source>
      <translation>le credenziali non sono leggibili: inserite la password principale di QGIS</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>the mail server</source>
      <translation>il server di posta</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the number unsubscribed or is blocked at the provider</source>
      <translation>il numero si è disiscritto o è bloccato presso il fornitore</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider answered without this message</source>
      <translation>il fornitore ha risposto senza questo messaggio</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider asked to slow down; it is sent again later</source>
      <translation>il fornitore ha chiesto di rallentare; sarà inviato di nuovo più tardi</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider cannot be asked now; asked again later</source>
      <translation>ora non si può interrogare il fornitore; lo si interroga di nuovo più tardi</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider could not be reached; it is sent again later</source>
      <translation>il fornitore non è raggiungibile; sarà inviato di nuovo più tardi</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider failed while taking it: it may have been sent</source>
      <translation>il fornitore ha avuto un errore mentre lo prendeva in carico: potrebbe essere stato inviato</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider lists a message to this number with a similar text</source>
      <translation>il fornitore elenca un messaggio a questo numero con un testo simile</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider lists more or fewer messages than those in doubt</source>
      <translation>il fornitore elenca più o meno messaggi di quelli in dubbio</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider module failed mid-request: it may have been sent</source>
      <translation>il modulo del fornitore ha avuto un errore durante la richiesta: potrebbe essere stato inviato</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider no longer knows the id it gave</source>
      <translation>il fornitore non conosce più il codice che aveva dato</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refused the credentials</source>
      <translation>il fornitore ha rifiutato le credenziali</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refused the request</source>
      <translation>il fornitore ha rifiutato la richiesta</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refused the text</source>
      <translation>il fornitore ha rifiutato il testo</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refuses the number</source>
      <translation>il fornitore rifiuta il numero</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refuses to send for this account (credentials or credit)</source>
      <translation>il fornitore rifiuta di inviare per questo account (credenziali o credito)</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider's answer could belong to another message (the same id or number twice): it may have been sent; the provider is asked</source>
      <translation>la risposta del fornitore potrebbe riguardare un altro messaggio (lo stesso id o numero due volte): potrebbe essere stato inviato; si chiede al fornitore</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider's answer did not say whether it took it: it may have been sent; the provider is asked</source>
      <translation>la risposta del fornitore non dice se lo ha preso in carico: potrebbe essere stato inviato; si chiede al fornitore</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>the provider's default</source>
      <translation>quello predefinito del fornitore</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider's look-up needs the id it gave, which is missing</source>
      <translation>la verifica presso il fornitore richiede il codice che aveva dato, che manca</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider's records show it never arrived; it is sent again</source>
      <translation>i registri del fornitore mostrano che non è mai arrivato; sarà inviato di nuovo</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the proxy refused its user name or password; nothing was sent</source>
      <translation>il proxy ha rifiutato il nome utente o la password; non è stato inviato nulla</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the public pages' server</source>
      <translation>il server delle pagine pubbliche</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the request could not be built from the gateway profile</source>
      <translation>non è stato possibile comporre la richiesta dal profilo del gateway</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>the row has {values} values but the header has {columns} columns (a separator inside a value? quote it).</source>
      <translation>la riga ha {values} valori ma l'intestazione ha {columns} colonne (un separatore dentro un valore? metterlo tra virgolette).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>the same reference is already on row {other_row}.</source>
      <translation>lo stesso riferimento è già alla riga {other_row}.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the server answered with an error</source>
      <translation>il server ha risposto con un errore</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the server cannot be reached</source>
      <translation>il server non è raggiungibile</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the server refused the login</source>
      <translation>il server ha rifiutato le credenziali</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>the shared database</source>
      <translation>il database condiviso</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>this provider cannot be asked whether it was sent</source>
      <translation>a questo fornitore non si può chiedere se è stato inviato</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>to</source>
      <translation>al</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>today at {at}</source>
      <translation>oggi alle {at}</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>tomorrow at {at}</source>
      <translation>domani alle {at}</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>true or false</source>
      <translation>vero o falso (true o false)</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>unknown kind; use one of {kinds}.</source>
      <translation>tipo sconosciuto; usare uno di {kinds}.</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>unreachable</source>
      <translation>irraggiungibili</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>valve sheet</source>
      <translation>la scheda manovre</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>valves</source>
      <translation>valvole</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>water back</source>
      <translation>acqua ripristinata</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>{added} number(s) added, {already} already on the list.</source>
      <translation>Numeri aggiunti: {added}, già nell'elenco: {already}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{already} number(s) already had the message '{kind}' for {reference}.</source>
      <translation>Numeri che avevano già ricevuto il messaggio '{kind}' per {reference}: {already}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{already} of {numbers} number(s) already had this notice for {reference}; the outbox did not send them again.</source>
      <translation>Numeri che avevano già ricevuto questo avviso per {reference}: {already} su {numbers}; la coda di invio non lo ha inviato di nuovo.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>{at}: {operator} re-sent '{kind}' to {n} number(s): {reason}</source>
      <translation>{at}: {operator} ha inviato di nuovo '{kind}' (numeri: {n}): {reason}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>{chars} characters, {encoding}, {segments} SMS segment(s) per number ({total} in all).</source>
      <translation>Caratteri: {chars}, {encoding}, segmenti SMS per numero: {segments} ({total} in tutto).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{chunk} to {phone} not processed ({gateway_reason}); retry in {delay} s.</source>
      <translation>{chunk} a {phone} non elaborato ({gateway_reason}); nuovo tentativo tra {delay} s.</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>{close} valves to close, {sources} sources to shut, {isolated} pipes isolated, {unsupplied} unsupplied, {customers} customers affected.</source>
      <translation>Valvole da chiudere: {close}, fonti da chiudere: {sources}, condotte isolate: {isolated}, senz'acqua: {unsupplied}, utenze coinvolte: {customers}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>{count} customer(s) of the report are not in the customers layer any more: nobody is sent to for them.</source>
      <translation>Utenze del report non più presenti nel layer delle utenze: {count}. Per loro non si invia a nessuno.</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>{count} failed</source>
      <translation>non riusciti: {count}</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{count} number(s) answered "1" but match no customer of the map (not among the water-back recipients, or no longer in the customers layer): not drawn.</source>
      <translation>Numeri che hanno risposto «1» ma non corrispondono a nessuna utenza della mappa (non tra i destinatari dell'avviso di ritorno dell'acqua, o non più nel layer delle utenze), non disegnati: {count}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{count} number(s) answered "1" for customers linked to no pipe of the network: not drawn.</source>
      <translation>Numeri che hanno risposto «1» per utenze non collegate a nessuna condotta della rete, non disegnati: {count}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>{count} number(s) of the customers layer were not in the report and are sent to: the customers' numbers changed since the report.</source>
      <translation>Numeri del layer delle utenze che non erano nel report e ricevono l'avviso: {count}. I numeri delle utenze sono cambiati dopo il report.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>{count} number(s) of the report are not sent to: the customers layer does not hold them now as a mobile with consent of those customers ({numbers}).</source>
      <translation>Numeri del report che non ricevono l'avviso: {count}. Il layer delle utenze ora non li riporta come cellulari con consenso di quelle utenze ({numbers}).</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>{count} to check</source>
      <translation>da verificare: {count}</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{customers} customer(s) ({customer_ids}) were already warned on {day} for {reference}; they would get a second SMS the same day.</source>
      <translation>Utenze già avvisate il {day} per {reference}: {customers} ({customer_ids}). Riceverebbero un secondo SMS nello stesso giorno.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{customers} customer(s) of {reference} had the notice by call, but no voice profile is set up now: the message '{kind}' does not reach them.</source>
      <translation>Utenze di {reference} che hanno ricevuto l'avviso con una telefonata: {customers}. Ora non è impostato alcun profilo per le chiamate: il messaggio '{kind}' non le raggiunge.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{customers} customer(s) of {reference} had the notice by email, but no mail server is set up now: the message '{kind}' does not reach them.</source>
      <translation>Utenze di {reference} che hanno ricevuto l'avviso per email: {customers}. Ora non è impostato alcun server di posta: il messaggio '{kind}' non le raggiunge.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{customers} customer(s) were not reached by call or email: {why}</source>
      <translation>Utenze non raggiunte per telefono o email ({customers}): {why}</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>{customers} customers, {recipients} SMS recipients, {unreachable} cannot be reached.</source>
      <translation>Utenze: {customers}, destinatari SMS: {recipients}, non raggiungibili: {unreachable}.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>{date} at {at}</source>
      <translation>{date} alle {at}</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>{first} or {last}</source>
      <translation>{first} o {last}</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>{id} (feature {fid})</source>
      <translation>{id} (elemento {fid})</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>{layer} '{name}' holds {found}; it must hold {expected}.</source>
      <translation>{layer} '{name}' contiene {found}; deve contenere {expected}.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: names customer {customer_id}, who is not in the customers layer; not used.</source>
      <translation>{layer}, {feature}: indica l'utenza {customer_id}, che non è nel layer delle utenze; non usato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: no customer id; not used.</source>
      <translation>{layer}, {feature}: senza codice utenza; non usato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: no line geometry; not used.</source>
      <translation>{layer}, {feature}: senza geometria lineare; non usato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: no pipe piece within {tolerance} of the geometry; not linked.</source>
      <translation>{layer}, {feature}: nessun tratto di condotta entro {tolerance} dalla geometria; non collegata.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: no value in the pipe field '{field}' and no geometry; not linked.</source>
      <translation>{layer}, {feature}: nessun valore nel campo condotta '{field}' e nessuna geometria; non collegata.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' does not exist; linked by position instead.</source>
      <translation>{layer}, {feature}: il codice condotta {pipe_id} nel campo '{field}' non esiste; collegata invece per posizione.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' does not exist; not linked.</source>
      <translation>{layer}, {feature}: il codice condotta {pipe_id} nel campo '{field}' non esiste; non collegata.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' is out of service; linked by position instead.</source>
      <translation>{layer}, {feature}: la condotta {pipe_id} nel campo '{field}' è fuori servizio; collegata invece per posizione.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' is out of service; not linked.</source>
      <translation>{layer}, {feature}: la condotta {pipe_id} nel campo '{field}' è fuori servizio; non collegata.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: reaches no main (neither end lies within {tolerance} of a pipe); not used.</source>
      <translation>{layer}, {feature}: non raggiunge alcuna condotta (nessuno dei due estremi è entro {tolerance} da una condotta); non usato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the customer id in the field '{field}' is also used by feature {other_fid}; both are kept.</source>
      <translation>{layer}, {feature}: il codice utenza nel campo '{field}' è usato anche dall'elemento {other_fid}; sono tenuti entrambi.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the customer id in the field '{field}' matches no customer; contact not used.</source>
      <translation>{layer}, {feature}: il codice utenza nel campo '{field}' non corrisponde ad alcuna utenza; contatto non usato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the number {phone} is not a mobile number; ignored.</source>
      <translation>{layer}, {feature}: il numero {phone} non è un cellulare; ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the point is {distance} from pipe {pipe_id} named in the field '{field}' (more than {tolerance}); linked to it anyway.</source>
      <translation>{layer}, {feature}: il punto dista {distance} dalla condotta {pipe_id} indicata nel campo '{field}' (più di {tolerance}); collegata comunque.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the units value {units} (field '{field}') is not a positive whole number; 1 is used.</source>
      <translation>{layer}, {feature}: il numero di unità {units} (campo '{field}') non è un intero positivo; si usa 1.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: feature {fid} has no id; the crew sheet names it by its feature number.</source>
      <translation>{layer}: l'elemento {fid} non ha codice; il foglio della squadra lo indica con il numero dell'elemento.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: id {feature_id} (feature {fid}) is also used by feature {other_fid}; both are kept, results list the id once.</source>
      <translation>{layer}: il codice {feature_id} (elemento {fid}) è usato anche dall'elemento {other_fid}; sono tenuti entrambi, i risultati elencano il codice una volta.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: id {valve_id} marked as 'will not close' is not an operable valve in the model; the mark is ignored.</source>
      <translation>{layer}: il codice {valve_id} segnato come 'non si chiude' non è una valvola manovrabile nel modello; il segno è ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: id {valve_id} marked as 'will not close' is not in the valve layer; the mark is ignored.</source>
      <translation>{layer}: il codice {valve_id} segnato come 'non si chiude' non è nel layer delle valvole; il segno è ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: none of its {pipes} pipe(s) in service has a usable line (the layer is empty, filtered or has no geometry), so the {valves} valve(s) and {sources} source(s) stand on no pipe.</source>
      <translation>{layer}: nessuna delle sue condotte in servizio ({pipes}) ha una linea utilizzabile (il layer è vuoto, filtrato o senza geometria), quindi valvole ({valves}) e fonti ({sources}) non stanno su alcuna condotta.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: the part of the network with pipe {feature_id} (feature {fid}, {pieces} piece(s)) has no valve; isolating any pipe in it shuts all of it.</source>
      <translation>{layer}: la parte di rete con la condotta {feature_id} (elemento {fid}, tratti: {pieces}) non ha valvole; isolare una sua condotta la chiude tutta.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: the part of the network with pipe {feature_id} (feature {fid}, {pieces} piece(s)) is reached by no source; it is never reported as losing supply.</source>
      <translation>{layer}: la parte di rete con la condotta {feature_id} (elemento {fid}, tratti: {pieces}) non è raggiunta da alcuna fonte; non risulta mai senza alimentazione.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {count} pipe(s) are out of service (status {statuses}) and left out of the network.</source>
      <translation>{layer}: condotte fuori servizio (stato {statuses}), lasciate fuori dalla rete: {count}.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {count} valve(s) are of a type that does not shut a pipe ({types}); the trace passes them as open joints.</source>
      <translation>{layer}: valvole di un tipo che non chiude una condotta ({types}), attraversate dal tracciamento come giunti aperti: {count}.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {count} valve(s) have an empty state field and are treated as operable: {valve_ids}</source>
      <translation>{layer}: valvole con il campo stato vuoto, considerate manovrabili ({count}): {valve_ids}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {count} valve(s) have an empty type field and are treated as isolating valves: {valve_ids}</source>
      <translation>{layer}: valvole con il campo tipo vuoto, considerate valvole di sezionamento ({count}): {valve_ids}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} and feature {other_fid} (id {other_id}) meet at ({x}, {y}) where neither has a pipe end shared with the other; they are not connected.</source>
      <translation>{layer}: {feature} e l'elemento {other_fid} (codice {other_id}) si incontrano in ({x}, {y}) dove nessuna delle due ha un estremo in comune con l'altra; non sono collegate.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} ends at ({x}, {y}) without meeting another pipe, a valve or a source.</source>
      <translation>{layer}: {feature} termina in ({x}, {y}) senza incontrare un'altra condotta, una valvola o una fonte.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} ends on pipe {other_pipe_id} (feature {other_fid}) at ({x}, {y}), where that pipe has no node; it is joined there (a tee).</source>
      <translation>{layer}: {feature} termina sulla condotta {other_pipe_id} (elemento {other_fid}) in ({x}, {y}), dove quella condotta non ha un nodo; vi è collegata (un innesto a T).</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has a part of length {length}; that part is left out of the network.</source>
      <translation>{layer}: {feature} ha una parte lunga {length}; quella parte resta fuori dalla rete.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has a part with non-numeric coordinates; that part is left out of the network.</source>
      <translation>{layer}: {feature} ha una parte con coordinate non numeriche; quella parte resta fuori dalla rete.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has no geometry; it feeds nothing.</source>
      <translation>{layer}: {feature} non ha geometria; non alimenta nulla.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has no line geometry; it is left out of the network.</source>
      <translation>{layer}: {feature} non ha una geometria lineare; resta fuori dalla rete.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has no point geometry; it is ignored.</source>
      <translation>{layer}: {feature} non ha una geometria puntuale; è ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} is a check valve between two pipes digitised against each other (both end or both start there), so its direction is unknown; water passes it both ways.</source>
      <translation>{layer}: {feature} è una valvola di ritegno tra due condotte digitalizzate in verso opposto (lì finiscono o iniziano entrambe), quindi il suo verso è ignoto; l'acqua la attraversa in entrambi i sensi.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} lies on no pipe (farther than {tolerance} from every pipe); it is ignored.</source>
      <translation>{layer}: {feature} non sta su alcuna condotta (a più di {tolerance} da ogni condotta); è ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} lies on no pipe (farther than {tolerance}); it feeds nothing.</source>
      <translation>{layer}: {feature} non sta su alcuna condotta (a più di {tolerance}); non alimenta nulla.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} runs through source {source_id} without ending in it; it is taken to pass through the source, which feeds it where it crosses the outline.</source>
      <translation>{layer}: {feature} attraversa la fonte {source_id} senza terminarvi; si considera che passi per la fonte, che la alimenta dove ne attraversa il contorno.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} sits on the same junction as valve {other_id}; it is ignored.</source>
      <translation>{layer}: {feature} sta sullo stesso nodo della valvola {other_id}; è ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} sits on the same point as valve {other_id}; it is ignored.</source>
      <translation>{layer}: {feature} sta nello stesso punto della valvola {other_id}; è ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} sits where {ends} pipe ends meet, so it cannot shut one of them; it is ignored.</source>
      <translation>{layer}: {feature} sta dove si incontrano {ends} estremi di condotta, quindi non può chiuderne una; è ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} stands on a source, which already bounds the segments there; the source's connection is shut instead.</source>
      <translation>{layer}: {feature} sta su una fonte, che già delimita lì i segmenti; si chiude invece il collegamento della fonte.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} stands only on pipes out of service; it feeds nothing.</source>
      <translation>{layer}: {feature} sta solo su condotte fuori servizio; non alimenta nulla.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} stands only on pipes out of service; it is ignored.</source>
      <translation>{layer}: {feature} sta solo su condotte fuori servizio; è ignorato.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} touches no pipe (no pipe ends inside it or within {tolerance} of its outline, and none runs through it); it feeds nothing.</source>
      <translation>{layer}: {feature} non tocca alcuna condotta (nessuna condotta termina al suo interno o entro {tolerance} dal suo contorno, e nessuna lo attraversa); non alimenta nulla.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature}: its id is also used by feature {other_fid}; both are kept.</source>
      <translation>{layer}: {feature}: il suo codice è usato anche dall'elemento {other_fid}; sono tenuti entrambi.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>{matched} pipes and {valves} valves match links of the model {model}. Pipes missing from the model: {pipes}{some_pipes}. Model links missing from the GIS: {links}{some_links}.</source>
      <translation>Corrispondono a link del modello {model}: condotte {matched}, valvole {valves}. Condotte assenti dal modello: {pipes}{some_pipes}. Link del modello assenti dal GIS: {links}{some_links}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{method} {url}: answer cut short; it may have been processed.</source>
      <translation>{method} {url}: risposta troncata; potrebbe essere stata elaborata.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{method} {url}: no answer ({detail}); it may have been processed.</source>
      <translation>{method} {url}: nessuna risposta ({detail}); potrebbe essere stata elaborata.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{method} {url}: no answer ({detail}); not sent, safe to retry.</source>
      <translation>{method} {url}: nessuna risposta ({detail}); non inviata, si può riprovare.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{method} {url}: the proxy refused its login (407).</source>
      <translation>{method} {url}: il proxy ha rifiutato le credenziali (407).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{path}' does not exist.</source>
      <translation>{name} '{path}' non esiste.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{path}' is a file: choose a folder.</source>
      <translation>{name} '{path}' è un file: scegliere una cartella.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{path}' is a folder: choose a .{extension} file in it.</source>
      <translation>{name} '{path}' è una cartella: scegliere al suo interno un file .{extension}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{path}' is not a .{extension} file.</source>
      <translation>{name} '{path}' non è un file .{extension}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{region}' is not a phone region: use a country code such as IT.</source>
      <translation>{name} '{region}' non è una regione telefonica: usare un codice di paese come IT.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{value}' is not a vector layer QGIS can open.</source>
      <translation>{name} '{value}' non è un layer vettoriale che QGIS possa aprire.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} is missing: choose a .{extension} file.</source>
      <translation>{name} manca: scegliere un file .{extension}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} is missing: choose a field of {layer}.</source>
      <translation>{name} manca: scegliere un campo di {layer}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} is missing: choose {what}.</source>
      <translation>{name} manca: scegliere {what}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} is missing: give {what}.</source>
      <translation>{name} manca: indicare {what}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name}: layer '{layer}' has no field '{field}'.</source>
      <translation>{name}: il layer '{layer}' non ha il campo '{field}'.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>{n} ({isolated} isolated, {unsupplied} unsupplied)</source>
      <translation>{n} (isolate: {isolated}, non alimentate: {unsupplied})</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>{n} ({km} km)</source>
      <translation>{n} ({km} km)</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>{n} SMS</source>
      <translation>{n} SMS</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>{n} calls</source>
      <translation>{n} chiamate</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>{n} emails</source>
      <translation>{n} email</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>{n} flyer file(s) (one per street) written to {folder}.</source>
      <translation>{n} file di volantini (uno per via) scritti in {folder}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>{n} interventions.</source>
      <translation>Interventi: {n}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>{n} message(s) called off: they will not be sent.</source>
      <translation>Messaggi annullati, che non verranno inviati: {n}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{phone} asked to receive no more SMS ({text}).</source>
      <translation>{phone} ha chiesto di non ricevere più SMS ({text}).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{phone} refused: {gateway_reason} {detail}</source>
      <translation>{phone} rifiutato: {gateway_reason} {detail}</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>{phone}: giving up after %n tries ({gateway_reason}).</source>
      <translation>
        <numerusform>{phone}: si rinuncia dopo %n tentativo ({gateway_reason}).</numerusform>
        <numerusform>{phone}: si rinuncia dopo %n tentativi ({gateway_reason}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{phone}: outcome uncertain ({gateway_reason}).</source>
      <translation>{phone}: esito incerto ({gateway_reason}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/segments.py" />
      <source>{pieces} pipe pieces in {segments} segments.</source>
      <translation>Tratti di condotta: {pieces}, in segmenti: {segments}.</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>{pressure} (normally {normal})</source>
      <translation>{pressure} (di norma {normal})</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>{recipients} numbers will get the SMS; {unreachable} customers cannot be reached by SMS (flyers or phone calls).</source>
      <translation>Numeri che riceveranno l'SMS: {recipients}. Utenze non raggiungibili via SMS (volantini o telefonate): {unreachable}.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>{reference} has not been notified yet: nobody had its notice.</source>
      <translation>{reference} non è ancora stato avvisato: nessuno ha ricevuto l'avviso.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>{reference} is already in progress.</source>
      <translation>{reference} è già in corso.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>{reference} is already in progress: to end it later, use Extend…</source>
      <translation>{reference} è già in corso: per finire più tardi usa Proroga…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>{reference} is in progress.</source>
      <translation>{reference} è in corso.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>{reference} is not published: its notice has not gone out yet.</source>
      <translation>{reference} non è pubblicato: il suo avviso non è ancora partito.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>{reference} is {state}. Nobody had the notice: no '{kind}' SMS to send.</source>
      <translation>{reference} è {state}. Nessuno aveva ricevuto l'avviso: nessun SMS '{kind}' da inviare.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>{reference} is {state}. Nothing sent: the {n} numbers that had the notice already had the '{kind}' SMS; it never goes twice.</source>
      <translation>{reference} è {state}. Nulla inviato: i numeri che avevano ricevuto l'avviso ({n}) hanno già ricevuto l'SMS '{kind}'; non viene mai inviato due volte.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>{reference} is {state}. The '{kind}' message was not sent; send it later with Follow-up notice…</source>
      <translation>{reference} è {state}. Il messaggio '{kind}' non è stato inviato; invialo più tardi con Avviso di aggiornamento…</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>{reference} is {state}: its work no longer changes.</source>
      <translation>{reference} è {state}: il suo lavoro non cambia più.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{reference} not published: the folder could not be written ({detail}).</source>
      <translation>{reference} non pubblicato: la cartella non si può scrivere ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{reference} not published: {why}.</source>
      <translation>{reference} non pubblicato: {why}.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>{reference} now holds: {sent} SMS sent ({before} of them before this press), {delivered} delivered, {failed} not received, {uncertain} in doubt, {pending} waiting.</source>
      <translation>{reference} ora conta. SMS inviati: {sent} ({before} prima di questo invio), consegnati: {delivered}, non ricevuti: {failed}, in dubbio: {uncertain}, in attesa: {pending}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{reference} published ({change}): {address}</source>
      <translation>{reference} pubblicato ({change}): {address}</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>{reference} was NOT published: a phone number or a customer code would have appeared in the pages. Check the address field of the customers layer.</source>
      <translation>{reference} NON è stato pubblicato: nelle pagine sarebbe comparso un numero di telefono o un codice utenza. Controllate il campo indirizzo del layer delle utenze.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>{reference} was not published: an unexpected error, see the log.</source>
      <translation>{reference} non è stato pubblicato: errore imprevisto, vedere il log.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>{reference} was not published: the folder {folder} cannot be written.</source>
      <translation>{reference} non è stato pubblicato: impossibile scrivere nella cartella {folder}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>{reference}: every affected customer can get the SMS, no flyers.</source>
      <translation>{reference}: tutte le utenze interessate ricevono l'SMS, nessun volantino.</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>{reference}: no customer answered "1" to the water-back notice.</source>
      <translation>{reference}: nessuna utenza ha risposto «1» all'avviso di ritorno dell'acqua.</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>{reference}: no flyers before the notice has gone out.</source>
      <translation>{reference}: nessun volantino prima che parta l'avviso.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>{reference}: nothing changed, nothing sent.</source>
      <translation>{reference}: nulla è cambiato, nulla è stato inviato.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>{reference}: the call-centre email was not sent: {detail}</source>
      <translation>{reference}: l'email al call center non è stata inviata: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>{reference}: the call-centre email was perhaps sent: {detail}</source>
      <translation>{reference}: l'email al call center forse è stata inviata: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>{reference}: the call-centre email was sent; no SMS went with it.</source>
      <translation>{reference}: l'email al call center è stata inviata; nessun SMS è partito con essa.</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>{reference}: {n} flyer file(s) in {folder}.</source>
      <translation>{reference}: {n} file di volantini in {folder}.</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>{reference}: {replies} number(s) answered "1" (still no water), on {segments} segment(s).</source>
      <translation>{reference}. Numeri che hanno risposto «1» (ancora senz'acqua): {replies}, segmenti: {segments}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>{reference}: {sent} SMS sent, {already} already sent before, {pending} pending, {failed} failed, {uncertain} to check; {unreachable} customers cannot be reached.</source>
      <translation>{reference}. SMS inviati: {sent}, già inviati in precedenza: {already}, in attesa: {pending}, non riusciti: {failed}, da verificare: {uncertain}; utenze non raggiungibili: {unreachable}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>{reference}: {sent} SMS sent, {pending} waiting, {failed} failed.</source>
      <translation>{reference}. SMS inviati: {sent}, in attesa: {pending}, non riusciti: {failed}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>{sent} sent, {delivered} delivered, {failed} not received, {doubt} in doubt</source>
      <translation>inviati: {sent}, consegnati: {delivered}, non ricevuti: {failed}, in dubbio: {doubt}</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>{value} m</source>
      <translation>{value} m</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} answered {code}: {answer}</source>
      <translation>{where} ha risposto {code}: {answer}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} did not answer within {seconds} s</source>
      <translation>{where} non ha risposto entro {seconds} s</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} does not offer STARTTLS</source>
      <translation>{where} non offre STARTTLS</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} does not support what the settings ask: {detail}</source>
      <translation>{where} non supporta quanto chiesto dalle impostazioni: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} received the whole email but the connection ended before it confirmed it ({detail}): it may have arrived; ask the recipients before sending it again</source>
      <translation>{where} ha ricevuto tutta l'email ma la connessione si è chiusa prima della conferma ({detail}): potrebbe essere arrivata; chiedete ai destinatari prima di inviarla di nuovo</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} refused every recipient: {recipients}</source>
      <translation>{where} ha rifiutato tutti i destinatari: {recipients}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} refused the connection; check the server name and port</source>
      <translation>{where} ha rifiutato la connessione: il server di posta non è raggiungibile a questo indirizzo e porta. Controlla il nome del server e la porta</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} refused the login of user {user}</source>
      <translation>{where} ha rifiutato l'accesso dell'utente {user}</translation>
    </message>
    <message numerus="yes">
      <location filename="../processing_provider/feedback.py" />
      <source>… and %n more notes of the same kind.</source>
      <translation>
        <numerusform>… e %n altra nota dello stesso tipo.</numerusform>
        <numerusform>… e altre %n note dello stesso tipo.</numerusform>
      </translation>
    </message>
  </context>
</TS>
