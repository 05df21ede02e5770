<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
      <translation>"1" replies</translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>%n SMS are UNCERTAIN: the gateway did not confirm them. Check with the provider before re-sending, or customers may get them twice.</source>
      <translation>
        <numerusform>%n SMS is UNCERTAIN: the gateway did not confirm it. Check with the provider before re-sending, or customers may get it twice.</numerusform>
        <numerusform>%n SMS are UNCERTAIN: the gateway did not confirm them. Check with the provider before re-sending, or customers may get them twice.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/notify_results.py" />
      <source>%n SMS wait in the outbox: press Send again to send them.</source>
      <translation>
        <numerusform>%n SMS waits in the outbox: press Send again to send it.</numerusform>
        <numerusform>%n SMS wait in the outbox: press Send again to send them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n customer(s) linked to the network (pipe pieces: {pieces}); data warnings: {warnings}.</source>
      <translation>
        <numerusform>%n customer linked to the network (pipe pieces: {pieces}); data warnings: {warnings}.</numerusform>
        <numerusform>%n customers linked to the network (pipe pieces: {pieces}); data warnings: {warnings}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/history_dock.py" />
      <source>%n customers</source>
      <translation>
        <numerusform>%n customer</numerusform>
        <numerusform>%n customers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/pressure_tab.py" />
      <source>%n customers keep water, but at low pressure.</source>
      <translation>
        <numerusform>%n customer keeps water, but at low pressure.</numerusform>
        <numerusform>%n customers keep water, but at low pressure.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n follow-up call(s) wait for the calling window to open.</source>
      <translation>
        <numerusform>%n follow-up call waits for the calling window to open.</numerusform>
        <numerusform>%n follow-up calls wait for the calling window to open.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n message(s) stay UNCERTAIN, never resent automatically: {gateway_reasons}.</source>
      <translation>
        <numerusform>%n message stays uncertain, never resent automatically: {gateway_reasons}.</numerusform>
        <numerusform>%n messages stay uncertain, never resent automatically: {gateway_reasons}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n message(s) that failed for a transient reason are due again.</source>
      <translation>
        <numerusform>%n message that failed for a transient reason is due again.</numerusform>
        <numerusform>%n messages that failed for a transient reason are due again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n message(s) were interrupted while sending; checking them.</source>
      <translation>
        <numerusform>%n message was interrupted while sending; checking it.</numerusform>
        <numerusform>%n messages were interrupted while sending; checking them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/reminder_dialog.py" />
      <source>%n reminder(s) scheduled, each to {channels}; they go at their time, also with QGIS closed (outage:dispatch).</source>
      <translation>
        <numerusform>%n reminder scheduled, to {channels}; it goes at its time, also with QGIS closed (outage:dispatch).</numerusform>
        <numerusform>%n reminders scheduled, each to {channels}; they go at their time, also with QGIS closed (outage:dispatch).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/reminder_dialog.py" />
      <source>%n reminder(s), each to {channels}: {times}.</source>
      <translation>
        <numerusform>%n reminder, to {channels}: {times}.</numerusform>
        <numerusform>%n reminders, each to {channels}: {times}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>%n selected customer id(s) are not in the index (layer changed since the model was built?), e.g. {ids}.</source>
      <translation>
        <numerusform>%n selected customer id is not in the index (layer changed since the model was built?), e.g. {ids}.</numerusform>
        <numerusform>%n selected customer ids are not in the index (layer changed since the model was built?), e.g. {ids}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/notify_dialog.py" />
      <source>%n sensitive customers cannot be reached by SMS: call them.</source>
      <translation>
        <numerusform>%n sensitive customer cannot be reached by SMS: call them.</numerusform>
        <numerusform>%n sensitive customers cannot be reached by SMS: call them.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>&amp;Water Outage Notifier</source>
      <translation>&amp;Water Outage Notifier</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>(ALLOW_PAST_START sends anyway.)</source>
      <translation>(ALLOW_PAST_START sends anyway.)</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>(no id)</source>
      <translation>(no id)</translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/results_dock.py" />
      <source>+%n customers</source>
      <translation>
        <numerusform>+%n customer</numerusform>
        <numerusform>+%n customers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>, {waiting} waiting</source>
      <translation>, {waiting} waiting</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>A SQLite file for one operator, or a PostgreSQL connection shared by a team, such as postgresql://gis@db.example.it/utility (no password here: choose the login below).</source>
      <translation>A SQLite file for one operator, or a PostgreSQL connection shared by a team, such as postgresql://gis@db.example.it/utility (no password here: choose the login below).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>A dry run records nothing and sends no email.</source>
      <translation>A dry run records nothing and sends no email.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>A gateway profile has no name.</source>
      <translation>A gateway profile has no name.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>A later end: the extension to whoever had the notice; a notice still waiting goes with the new end.</source>
      <translation>A later end: the extension to whoever had the notice; a notice still waiting goes with the new end.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>A mapped layer changed: the network model will be rebuilt.</source>
      <translation>A mapped layer changed: the network model will be rebuilt.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Address field</source>
      <translation>Address field</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Affected customers</source>
      <translation>Affected customers</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>All states</source>
      <translation>All states</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Already closed ({n})</source>
      <translation>Already closed ({n})</translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/notify_dialog.py" />
      <source>Also send the pressure-drop notice to the %n customers who keep water at low pressure:</source>
      <translation>
        <numerusform>Also send the pressure-drop notice to the %n customer who keeps water at low pressure:</numerusform>
        <numerusform>Also send the pressure-drop notice to the %n customers who keep water at low pressure:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>An OpenSSH known_hosts file with the SFTP server's key (empty: your own).</source>
      <translation>An OpenSSH known_hosts file with the SFTP server's key (empty: your own).</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>An extension ends later than the planned end.</source>
      <translation>An extension ends later than the planned end.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Background dispatch cannot start: {detail}</source>
      <translation>Background dispatch cannot start: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Background dispatch failed.</source>
      <translation>Background dispatch failed.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Background dispatch waits for the QGIS master password to be entered.</source>
      <translation>Background dispatch waits for the QGIS master password to be entered.</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Background dispatch: %n message(s) in doubt.</source>
      <translation>
        <numerusform>Background dispatch: %n message in doubt.</numerusform>
        <numerusform>Background dispatch: %n messages in doubt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Background dispatch: the last pass still runs; this one is skipped.</source>
      <translation>Background dispatch: the last pass still runs; this one is skipped.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Base URL</source>
      <translation>Base URL</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Before sending, set in the plugin settings:</source>
      <translation>Before sending, set in the plugin settings:</translation>
    </message>
    <message>
      <location filename="../processing_provider/current_customers.py" />
      <source>Before sending, the customers' numbers and consent are read again from the customers layer, not from the report: give CUSTOMERS with CUSTOMER_ID_FIELD, PHONE_FIELD and CONSENT_FIELD (as for outage:customers), or open the project whose layers are mapped in the plugin settings.</source>
      <translation>Before sending, the customers' numbers and consent are read again from the customers layer, not from the report: give CUSTOMERS with CUSTOMER_ID_FIELD, PHONE_FIELD and CONSENT_FIELD (as for outage:customers), or open the project whose layers are mapped in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Blocking: {reason}</source>
      <translation>Blocking: {reason}</translation>
    </message>
    <message>
      <location filename="../gis/build_progress.py" />
      <source>Building the network model…</source>
      <translation>Building the network model…</translation>
    </message>
    <message>
      <location filename="../gis/build_progress.py" />
      <source>Building the network model… about {seconds} s left.</source>
      <translation>Building the network model… about {seconds} s left.</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Builds the SMS recipient list for any set of customers, without a network: those matching EXPRESSION, only the selected ones (SELECTED_ONLY), and/or those of one MUNICIPALITY (needs the municipality field). The conditions add up. Writes the customers layer and the same JSON report as outage:isolate (role 'selected'), ready for outage:notify.</source>
      <translation>Builds the SMS recipient list for any set of customers, without a network: those matching EXPRESSION, only the selected ones (SELECTED_ONLY), and/or those of one MUNICIPALITY (needs the municipality field). The conditions add up. Writes the customers layer and the same JSON report as outage:isolate (role 'selected'), ready for outage:notify.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>By channel: {sms} SMS ({segments} segments), {calls} calls (about {minutes} min), {emails} emails, {flyers} customers on the flyer list.</source>
      <translation>By channel: {sms} SMS ({segments} segments), {calls} calls (about {minutes} min), {emails} emails, {flyers} customers on the flyer list.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>By the pipe id field</source>
      <translation>By the pipe id field</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>CA file</source>
      <translation>CA file</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>CSV for other programs (*.csv)</source>
      <translation>CSV for other programs (*.csv)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Call landlines with</source>
      <translation>Call landlines with</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Call to {phone} unanswered ({gateway_reason}); calling again.</source>
      <translation>Call to {phone} unanswered ({gateway_reason}); calling again.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Call-centre addresses</source>
      <translation>Call-centre addresses</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Call-centre email {message_id} in doubt: {explained}</source>
      <translation>Call-centre email {message_id} in doubt: {explained}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Call-centre email {message_id} not sent: {explained}</source>
      <translation>Call-centre email {message_id} not sent: {explained}</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Call-centre email {message_id} sent to %n address(es).</source>
      <translation>
        <numerusform>Call-centre email {message_id} sent to %n address.</numerusform>
        <numerusform>Call-centre email {message_id} sent to %n addresses.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Call-centre email {message_id}: refused {answers}</source>
      <translation>Call-centre email {message_id}: refused {answers}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: NOT sent. {why} "Re-send the email" tries again.</source>
      <translation>Call-centre email: NOT sent. {why} "Re-send the email" tries again.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: not sent, no mail server is set (plugin settings, Email tab).</source>
      <translation>Call-centre email: not sent, no mail server is set (plugin settings, Email tab).</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: not sent, since this press sent no SMS; it goes with the press that sends them.</source>
      <translation>Call-centre email: not sent, since this press sent no SMS; it goes with the press that sends them.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: not sent, the box was unticked.</source>
      <translation>Call-centre email: not sent, the box was unticked.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: perhaps sent. {why}</source>
      <translation>Call-centre email: perhaps sent. {why}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: sent with this press, but not to every address. {why}</source>
      <translation>Call-centre email: sent with this press, but not to every address. {why}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Call-centre email: sent with this press.</source>
      <translation>Call-centre email: sent with this press.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Call-centre email: {status}.</source>
      <translation>Call-centre email: {status}.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Call-centre email: {status}. {why}</source>
      <translation>Call-centre email: {status}. {why}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Call-centre number</source>
      <translation>Call-centre number</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Call-centre number: every SMS tells customers whom to call.</source>
      <translation>Call-centre number: every SMS tells customers whom to call.</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>Calls: {sent} placed, {waiting} waiting, {doubt} in doubt, {failed} failed.</source>
      <translation>Calls: {sent} placed, {waiting} waiting, {doubt} in doubt, {failed} failed.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Cancel sending</source>
      <translation>Cancel sending</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Cancel sending keeps them queued: the next send, or the background pass, sends them.</source>
      <translation>Cancel sending keeps them queued: the next send, or the background pass, sends them.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Cancel the work…</source>
      <translation>Cancel the work…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Cancel {reference}? This cannot be undone.</source>
      <translation>Cancel {reference}? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Cannot be reached by SMS</source>
      <translation>Cannot be reached by SMS</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Category field</source>
      <translation>Category field</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Category values of sensitive customers</source>
      <translation>Category values of sensitive customers</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Category values of shared meters</source>
      <translation>Category values of shared meters</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Certificates (*.pem *.crt *.cer)</source>
      <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Change the work</source>
      <translation>Change the work</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Characters outside the GSM-7 alphabet: {characters}. The message switches to UCS-2 (70 characters per segment).</source>
      <translation>Characters outside the GSM-7 alphabet: {characters}. The message switches to UCS-2 (70 characters per segment).</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Check a hydraulic model against the pipes</source>
      <translation>Check a hydraulic model against the pipes</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Check the model</source>
      <translation>Check the model</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Choose an EPANET model (.inp).</source>
      <translation>Choose an EPANET model (.inp).</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Choose messages of one kind to re-send them together.</source>
      <translation>Choose messages of one kind to re-send them together.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Choose the EPANET model</source>
      <translation>Choose the EPANET model</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Choose the customers layer.</source>
      <translation>Choose the customers layer.</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>Choose the folder the report is written to.</source>
      <translation>Choose the folder the report is written to.</translation>
    </message>
    <message>
      <location filename="../gis/model_check.py" />
      <source>Choose the pipes layer on the first tab first.</source>
      <translation>Choose the pipes layer on the first tab first.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Chosen channel (email)</source>
      <translation>Chosen channel (email)</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Clear the trace results</source>
      <translation>Clear the trace results</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Click a pipe to find the valves to close; Shift-click adds pipes to the work site.</source>
      <translation>Click a pipe to find the valves to close; Shift-click adds pipes to the work site.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Close the valve</source>
      <translation>Close the valve</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Clusters (possible valve left shut)</source>
      <translation>Clusters (possible valve left shut)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Consent field</source>
      <translation>Consent field</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Consent values</source>
      <translation>Consent values</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Contact list</source>
      <translation>Contact list</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts table</source>
      <translation>Contacts table</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: consent field</source>
      <translation>Contacts: consent field</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: customer id field</source>
      <translation>Contacts: customer id field</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: mobile phone field</source>
      <translation>Contacts: mobile phone field</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: name field</source>
      <translation>Contacts: name field</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Contacts: role field</source>
      <translation>Contacts: role field</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>Could not store the credentials '{name}' in the QGIS authentication database.</source>
      <translation>Could not store the credentials '{name}' in the QGIS authentication database.</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>Could not update the authentication configuration '{id}'.</source>
      <translation>Could not update the authentication configuration '{id}'.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Credentials</source>
      <translation>Credentials</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Customer at low pressure</source>
      <translation>Customer at low pressure</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Customer emails waiting in the outbox: {emails}. No mail server is set up (plugin settings, Email tab): they go at the first dispatch after it is.</source>
      <translation>Customer emails waiting in the outbox: {emails}. No mail server is set up (plugin settings, Email tab): they go at the first dispatch after it is.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Customer emails waiting in the outbox: {emails}. The mail server's login is in the QGIS authentication database, locked until the master password is entered: they go at the first background dispatch after it is.</source>
      <translation>Customer emails waiting in the outbox: {emails}. The mail server's login is in the QGIS authentication database, locked until the master password is entered: they go at the first background dispatch after it is.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Customer id</source>
      <translation>Customer id</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Customer id field</source>
      <translation>Customer id field</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Customer layer</source>
      <translation>Customer layer</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Customer list…</source>
      <translation>Customer list…</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Customer's pipe id field (empty: nearest pipe)</source>
      <translation>Customer's pipe id field (empty: nearest pipe)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Customers (meters)</source>
      <translation>Customers (meters)</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Customers at low pressure</source>
      <translation>Customers at low pressure</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Customers for an announcement</source>
      <translation>Customers for an announcement</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Customers with no mobile but a landline with consent are called through this profile (a voice provider: twilio_voice, or generic with channel = call).</source>
      <translation>Customers with no mobile but a landline with consent are called through this profile (a voice provider: twilio_voice, or generic with channel = call).</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Database login (PostgreSQL)</source>
      <translation>Database login (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Default phone region</source>
      <translation>Default phone region</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Delivery status of {chunk} unavailable: {detail}</source>
      <translation>Delivery status of {chunk} unavailable: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Detail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Dispatch every</source>
      <translation>Dispatch every</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Dispatch pass stopped: {gateway_reason} ({detail})</source>
      <translation>Dispatch pass stopped: {gateway_reason} ({detail})</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Dispatch pass: sent {sent}, waiting {waiting}, in doubt {in_doubt}, failed {failed}; delivery reports {reported}, replies {replies}.</source>
      <translation>Dispatch pass: sent {sent}, waiting {waiting}, in doubt {in_doubt}, failed {failed}; delivery reports {reported}, replies {replies}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Dispatch summary (JSON)</source>
      <translation>Dispatch summary (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Dispatch the SMS outbox (recover, send, delivery reports)</source>
      <translation>Dispatch the SMS outbox (recover, send, delivery reports)</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Do not send the selected ones</source>
      <translation>Do not send the selected ones</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Draws where the customers of intervention REFERENCE answered "1" (still no water) to the water-back notice: one feature per valve segment with replies (its pipes), the numbers that answered, the customers of the segment told the water was back and the share. A segment with MIN_REPLIES numbers or more (2 by default) is a cluster: a valve may have been left shut, and the operable valves bounding the segment are named, those closed for the work first. Numbers that match no customer, or customers on no pipe, are counted in the log, not drawn. No phone number is written. The network and customers are the project's mapped layers; DATABASE defaults to the one in the settings.</source>
      <translation>Draws where the customers of intervention REFERENCE answered "1" (still no water) to the water-back notice: one feature per valve segment with replies (its pipes), the numbers that answered, the customers of the segment told the water was back and the share. A segment with MIN_REPLIES numbers or more (2 by default) is a cluster: a valve may have been left shut, and the operable valves bounding the segment are named, those closed for the work first. Numbers that match no customer, or customers on no pipe, are counted in the log, not drawn. No phone number is written. The network and customers are the project's mapped layers; DATABASE defaults to the one in the settings.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Dry run (write a file, send and record nothing)</source>
      <translation>Dry run (write a file, send and record nothing)</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Dry run (write a file, send nothing)</source>
      <translation>Dry run (write a file, send nothing)</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Dry-run SMS (JSONL)</source>
      <translation>Dry-run SMS (JSONL)</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Dwellings served</source>
      <translation>Dwellings served</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>EPANET cannot read the hydraulic model {file} (EPANET error {error}): open it in EPANET to see the faulty lines.</source>
      <translation>EPANET cannot read the hydraulic model {file} (EPANET error {error}): open it in EPANET to see the faulty lines.</translation>
    </message>
    <message>
      <location filename="../processing_provider/hydraulic_parameters.py" />
      <source>EPANET hydraulic model (.inp) for pressure drops</source>
      <translation>EPANET hydraulic model (.inp) for pressure drops</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>EPANET model (.inp)</source>
      <translation>EPANET model (.inp)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>EPANET models (*.inp)</source>
      <translation>EPANET models (*.inp)</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>EPANET stopped while solving the hydraulic model {file} (error {error}).</source>
      <translation>EPANET stopped while solving the hydraulic model {file} (error {error}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>EVENING is not a time of day (HH:MM): {value}</source>
      <translation>EVENING is not a time of day (HH:MM): {value}</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Email address</source>
      <translation>Email address</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Email the call-centre</source>
      <translation>Email the call-centre</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: no call-centre address is given.</source>
      <translation>Email: no call-centre address is given.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the CA file '{path}' does not exist.</source>
      <translation>Email: the CA file '{path}' does not exist.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the call-centre address '{address}' is not an email address.</source>
      <translation>Email: the call-centre address '{address}' is not an email address.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the mail server is missing.</source>
      <translation>Email: the mail server is missing.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the port {port} is not a valid port.</source>
      <translation>Email: the port {port} is not a valid port.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the security '{value}' is unknown; use starttls, ssl or none.</source>
      <translation>Email: the security '{value}' is unknown; use starttls, ssl or none.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Email: the sender address '{address}' is not an email address.</source>
      <translation>Email: the sender address '{address}' is not an email address.</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>Emails: {sent} sent, {waiting} waiting, {doubt} in doubt, {failed} failed.</source>
      <translation>Emails: {sent} sent, {waiting} waiting, {doubt} in doubt, {failed} failed.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Empty the date: no limit</source>
      <translation>Empty the date: no limit</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Empty: every planned work, however far ahead. Pick a date to stop there.</source>
      <translation>Empty: every planned work, however far ahead. Pick a date to stop there.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Enter your phone number in the Messages tab first.</source>
      <translation>Enter your phone number in the Messages tab first.</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Evening reminder at (HH:MM, empty: none)</source>
      <translation>Evening reminder at (HH:MM, empty: none)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Excel sheet (*.xlsx)</source>
      <translation>Excel sheet (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Export failed</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Extend {reference}</source>
      <translation>Extend {reference}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Extend…</source>
      <translation>Extend…</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Extra contacts</source>
      <translation>Extra contacts</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Extra pipes: {pipes}</source>
      <translation>Extra pipes: {pipes}</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Figure</source>
      <translation>Figure</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Filter expression</source>
      <translation>Filter expression</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Finds what must be closed to work on one or several pipes: the isolated pipes, the valves to close (only those whose far side can still supply water; the others are listed as not required), the sources to shut (tanks, wells or inlets touching the isolated pipes: shut their connection toward the work or stop the pump), the valves already closed, the inoperable valves passed through, the pipes left without supply because they are cut off from every source, plan B for each valve, and, with a customers layer, the affected customers, the SMS recipients (one per number) and who cannot be reached. PIPE_IDS lists the pipe ids, separated by commas, semicolons or '|' (spaces inside an id are then kept: 'C 001; C 002'), or by spaces when the text has none of those ('C001 C002'); when empty, the selected pipes are used. Valves whose state is in CHECK_VALUES are non-return valves, one-way in their pipe's digitising direction: one that lets water into the isolated pipes is passed (listed with check: true), one that points out of them holds (listed as already closed, check: true). With SERVICES, a customer is linked to the main its service line meets. With an EPANET MODEL, the closure is also simulated (at the hour of highest demand, or in a steady state): supplied pipes whose model nodes fall below MIN_PRESSURE metres, or lose more than MAX_PRESSURE_DROP % of their normal pressure, are low-pressure pipes (pipes.low_pressure in the report, role low_pressure in the outputs) and their customers a third group (customers.low_pressure). A model that does not run leaves the topological answer as it is and says why (hydraulics.problem).</source>
      <translation>Finds what must be closed to work on one or several pipes: the isolated pipes, the valves to close (only those whose far side can still supply water; the others are listed as not required), the sources to shut (tanks, wells or inlets touching the isolated pipes: shut their connection toward the work or stop the pump), the valves already closed, the inoperable valves passed through, the pipes left without supply because they are cut off from every source, plan B for each valve, and, with a customers layer, the affected customers, the SMS recipients (one per number) and who cannot be reached. PIPE_IDS lists the pipe ids, separated by commas, semicolons or '|' (spaces inside an id are then kept: 'C 001; C 002'), or by spaces when the text has none of those ('C001 C002'); when empty, the selected pipes are used. Valves whose state is in CHECK_VALUES are non-return valves, one-way in their pipe's digitising direction: one that lets water into the isolated pipes is passed (listed with check: true), one that points out of them holds (listed as already closed, check: true). With SERVICES, a customer is linked to the main its service line meets. With an EPANET MODEL, the closure is also simulated (at the hour of highest demand, or in a steady state): supplied pipes whose model nodes fall below MIN_PRESSURE metres, or lose more than MAX_PRESSURE_DROP % of their normal pressure, are low-pressure pipes (pipes.low_pressure in the report, role low_pressure in the outputs) and their customers a third group (customers.low_pressure). A model that does not run leaves the topological answer as it is and says why (hydraulics.problem).</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Finish (also early)…</source>
      <translation>Finish (also early)…</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Finish {reference}</source>
      <translation>Finish {reference}</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Finished early: {hours} h {minutes} min before the planned end.</source>
      <translation>Finished early: {hours} h {minutes} min before the planned end.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Finishes every sending in the history database, unattended: messages a stopped or killed run had claimed are taken back, messages in doubt are checked with the gateway (sent ones are never sent again; those it cannot tell about are held for the operator with the reason), what is due is sent, transient failures (throttling, server errors, an unreachable gateway) are tried again with backoff for up to MINUTES, and delivery reports are read once (REPORTS). It never makes a new notice. Run it from cron or a systemd timer with qgis_process; the gateway PROFILE is the selected one when empty.</source>
      <translation>Finishes every sending in the history database, unattended: messages a stopped or killed run had claimed are taken back, messages in doubt are checked with the gateway (sent ones are never sent again; those it cannot tell about are held for the operator with the reason), what is due is sent, transient failures (throttling, server errors, an unreachable gateway) are tried again with backoff for up to MINUTES, and delivery reports are read once (REPORTS). It never makes a new notice. Run it from cron or a systemd timer with qgis_process; the gateway PROFILE is the selected one when empty.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Flyer addresses…</source>
      <translation>Flyer addresses…</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Flyer files</source>
      <translation>Flyer files</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Flyers folder (PDF per street)</source>
      <translation>Flyers folder (PDF per street)</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Flyers…</source>
      <translation>Flyers…</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Folder for one JSON report per work</source>
      <translation>Folder for one JSON report per work</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Folder for the flyers of {reference}</source>
      <translation>Folder for the flyers of {reference}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Follow-up notice…</source>
      <translation>Follow-up notice…</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>GIS pipes not in the model</source>
      <translation>GIS pipes not in the model</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Goes at</source>
      <translation>Goes at</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>History database (empty: the one in the settings)</source>
      <translation>History database (empty: the one in the settings)</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>History layer: {n} interventions shown.</source>
      <translation>History layer: {n} interventions shown.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Hour of highest demand</source>
      <translation>Hour of highest demand</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>House number</source>
      <translation>House number</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>House number field</source>
      <translation>House number field</translation>
    </message>
    <message>
      <location filename="../dialogs/settings_dialog.py" />
      <source>Hydraulic model</source>
      <translation>Hydraulic model</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>If it will not close: also close {valves}; +{pipes} pipes, +{customers} customers</source>
      <translation>If it will not close: also close {valves}; +{pipes} pipes, +{customers} customers</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Inoperable or check valves passed</source>
      <translation>Inoperable or check valves passed</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Inoperable or check valves, passed through ({n})</source>
      <translation>Inoperable or check valves, passed through ({n})</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Inoperable valves passed through</source>
      <translation>Inoperable valves passed through</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Intervention history</source>
      <translation>Intervention history</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Intervention reference</source>
      <translation>Intervention reference</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Intervention reference (empty: a new one)</source>
      <translation>Intervention reference (empty: a new one)</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Intervention {reference} cannot go from '{from_state}' to '{to_state}' (from '{from_state}' it may go to: {allowed}).</source>
      <translation>Intervention {reference} cannot go from '{from_state}' to '{to_state}' (from '{from_state}' it may go to: {allowed}).</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Intervention {reference} has no recorded area to show.</source>
      <translation>Intervention {reference} has no recorded area to show.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Intervention {reference} is {state}: no notice is sent for it.</source>
      <translation>Intervention {reference} is {state}: no notice is sent for it.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference} recorded ({kind}).</source>
      <translation>Intervention {reference} recorded ({kind}).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}, {kind}: queued {queued}, sent now {sent_now}, sent before {already}; messages: {states}; call-centre email: {status}.</source>
      <translation>Intervention {reference}, {kind}: queued {queued}, sent now {sent_now}, sent before {already}; messages: {states}; call-centre email: {status}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: %n message(s) not sent: {detail}</source>
      <translation>
        <numerusform>Intervention {reference}: %n message not sent: {detail}</numerusform>
        <numerusform>Intervention {reference}: %n messages not sent: {detail}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: %n new message(s) '{kind}' queued.</source>
      <translation>
        <numerusform>Intervention {reference}: %n new message '{kind}' queued.</numerusform>
        <numerusform>Intervention {reference}: %n new messages '{kind}' queued.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: %n recipient(s) by {channel}, {added} new message(s).</source>
      <translation>
        <numerusform>Intervention {reference}: %n recipient by {channel}, new messages {added}.</numerusform>
        <numerusform>Intervention {reference}: %n recipients by {channel}, new messages {added}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: %n reminder(s) to {phones} number(s); calls {calls}, emails {emails}.</source>
      <translation>
        <numerusform>Intervention {reference}: %n reminder; numbers {phones}, calls {calls}, emails {emails}.</numerusform>
        <numerusform>Intervention {reference}: %n reminders; numbers {phones}, calls {calls}, emails {emails}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: '{kind}' re-sent to %n number(s) by {actor}: {why}</source>
      <translation>
        <numerusform>Intervention {reference}: '{kind}' re-sent to %n number by {actor}: {why}</numerusform>
        <numerusform>Intervention {reference}: '{kind}' re-sent to %n numbers by {actor}: {why}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: call-centre email not sent: {detail}</source>
      <translation>Intervention {reference}: call-centre email not sent: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: call-centre email only, no SMS; call-centre email: {status}.</source>
      <translation>Intervention {reference}: call-centre email only, no SMS; call-centre email: {status}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: extended to {start} - {end}.</source>
      <translation>Intervention {reference}: extended to {start} - {end}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: rescheduled to {start} - {end}.</source>
      <translation>Intervention {reference}: rescheduled to {start} - {end}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: the map was printed for {other} (another operator's notice came first); the email goes without it.</source>
      <translation>Intervention {reference}: the map was printed for {other} (another operator's notice came first); the email goes without it.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Intervention {reference}: {from_state} -&gt; {to_state} by {actor}.</source>
      <translation>Intervention {reference}: {from_state} -&gt; {to_state} by {actor}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Interventions (CSV)</source>
      <translation>Interventions (CSV)</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Interventions (empty: every current one)</source>
      <translation>Interventions (empty: every current one)</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Isolate a work site</source>
      <translation>Isolate a work site</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Isolated and unsupplied pipes</source>
      <translation>Isolated and unsupplied pipes</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Isolated customer</source>
      <translation>Isolated customer</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Isolated pipes</source>
      <translation>Isolated pipes</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Isolated pipes not in the model</source>
      <translation>Isolated pipes not in the model</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>It is {at}: notices are sent only within {span} (Italian time), except emergencies.</source>
      <translation>It is {at}: notices are sent only within {span} (Italian time), except emergencies.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>JSON files (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Keep retrying transient failures for (minutes)</source>
      <translation>Keep retrying transient failures for (minutes)</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Kind of event</source>
      <translation>Kind of event</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Kind of notice</source>
      <translation>Kind of notice</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Language</source>
      <translation>Language</translation>
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
        <numerusform>Layer '{layer}': %n affected customer feature could not be read again (layer changed since the model was built?), e.g. fid {fids}; listed without phone.</numerusform>
        <numerusform>Layer '{layer}': %n affected customer features could not be read again (layer changed since the model was built?), e.g. fid {fids}; listed without phone.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/settings_dialog.py" />
      <source>Layers and fields</source>
      <translation>Layers and fields</translation>
    </message>
    <message>
      <location filename="../gis/map_image.py" />
      <source>Legend</source>
      <translation>Legend</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Line {line}: '{value}' is not a mobile number.</source>
      <translation>Line {line}: '{value}' is not a mobile number.</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Lines that are not a mobile number</source>
      <translation>Lines that are not a mobile number</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Link customers to pipes</source>
      <translation>Link customers to pipes</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Links closed in the model</source>
      <translation>Links closed in the model</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Login</source>
      <translation>Login</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Low pressure below</source>
      <translation>Low pressure below</translation>
    </message>
    <message>
      <location filename="../processing_provider/hydraulic_parameters.py" />
      <source>Low pressure below (metres of water)</source>
      <translation>Low pressure below (metres of water)</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Low pressure when</source>
      <translation>Low pressure when</translation>
    </message>
    <message>
      <location filename="../processing_provider/hydraulic_parameters.py" />
      <source>Low pressure when it drops by more than (% of normal)</source>
      <translation>Low pressure when it drops by more than (% of normal)</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Low-pressure pipes</source>
      <translation>Low-pressure pipes</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>MUNICIPALITY '{town}' needs the municipality field of layer '{layer}' (MUNICIPALITY_FIELD).</source>
      <translation>MUNICIPALITY '{town}' needs the municipality field of layer '{layer}' (MUNICIPALITY_FIELD).</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Mail a copy of every notice to the call-centre</source>
      <translation>Mail a copy of every notice to the call-centre</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Mail server</source>
      <translation>Mail server</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Mail server check failed: {explained}</source>
      <translation>Mail server check failed: {explained}</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Mail server: its last connection test failed, so the call-centre's copy may not go.</source>
      <translation>Mail server: its last connection test failed, so the call-centre's copy may not go.</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Mail server: the call-centre's copy needs it.</source>
      <translation>Mail server: the call-centre's copy needs it.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Make a second intervention for this work instead of continuing this one.</source>
      <translation>Make a second intervention for this work instead of continuing this one.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Map a customers layer in the settings to notify customers.</source>
      <translation>Map a customers layer in the settings to notify customers.</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Map of the "1" replies (still no water)</source>
      <translation>Map of the "1" replies (still no water)</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Matches the links of an EPANET model (.inp) to the pipes (by pipe id, or by the MODEL_LINK_FIELD of the pipes) and to the valves (valves modelled as links, by valve id). The JSON report lists the pipes missing from the model and the model links missing from the GIS. A model whose links match no pipe is refused with the ids seen on both sides.</source>
      <translation>Matches the links of an EPANET model (.inp) to the pipes (by pipe id, or by the MODEL_LINK_FIELD of the pipes) and to the valves (valves modelled as links, by valve id). The JSON report lists the pipes missing from the model and the model links missing from the GIS. A model whose links match no pipe is refused with the ids seen on both sides.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Maximum distance to the nearest pipe (layer units)</source>
      <translation>Maximum distance to the nearest pipe (layer units)</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Message language</source>
      <translation>Message language</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>Messages of the waiting notice written with the new dates</source>
      <translation>Messages of the waiting notice written with the new dates</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Messages of {reference}</source>
      <translation>Messages of {reference}</translation>
    </message>
    <message>
      <location filename="../gis/notify_services.py" />
      <source>Messages settings: the send window is not valid ({error}).</source>
      <translation>Messages settings: the send window is not valid ({error}).</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: at least one SMS segment must be allowed.</source>
      <translation>Messages: at least one SMS segment must be allowed.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the language '{value}' is not available (it, en).</source>
      <translation>Messages: the language '{value}' is not available (it, en).</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the public pages address must start with https://.</source>
      <translation>Messages: the public pages address must start with https://.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the send window '{start}'-'{end}' is not two HH:MM times.</source>
      <translation>Messages: the send window '{start}'-'{end}' is not two HH:MM times.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the send window must start before it ends.</source>
      <translation>Messages: the send window must start before it ends.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: the templates folder '{path}' does not exist.</source>
      <translation>Messages: the templates folder '{path}' does not exist.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Messages: your phone number cannot receive a test SMS ({reason}).</source>
      <translation>Messages: your phone number cannot receive a test SMS ({reason}).</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Messages…</source>
      <translation>Messages…</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Mobile phone field</source>
      <translation>Mobile phone field</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Model links not in the GIS</source>
      <translation>Model links not in the GIS</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Model nodes at low pressure ({n}):</source>
      <translation>Model nodes at low pressure ({n}):</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Model report (JSON)</source>
      <translation>Model report (JSON)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Most SMS parts per message</source>
      <translation>Most SMS parts per message</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Move the notice</source>
      <translation>Move the notice</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Moving the notice of {reference}</source>
      <translation>Moving the notice of {reference}</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Municipality</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Municipality field</source>
      <translation>Municipality field</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Network</source>
      <translation>Network</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Network loaded from the model cache: its layers, fields and settings are unchanged since it was built.</source>
      <translation>Network loaded from the model cache: its layers, fields and settings are unchanged since it was built.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Network model cache in {folder} not used: it cannot be read.</source>
      <translation>Network model cache in {folder} not used: it cannot be read.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Network model cache in {folder} not used: its data is damaged.</source>
      <translation>Network model cache in {folder} not used: its data is damaged.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Network model cache in {folder} not used: the layers, the mapping or the settings changed.</source>
      <translation>Network model cache in {folder} not used: the layers, the mapping or the settings changed.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Network model loaded from the cache in {folder}.</source>
      <translation>Network model loaded from the cache in {folder}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Network model ready: %n pipe piece(s).</source>
      <translation>
        <numerusform>Network model ready: %n pipe piece.</numerusform>
        <numerusform>Network model ready: %n pipe pieces.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>New dates: the postponement to whoever had the notice; a notice still waiting goes with the new dates.</source>
      <translation>New dates: the postponement to whoever had the notice; a notice still waiting goes with the new dates.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>New end</source>
      <translation>New end</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>New intervention…</source>
      <translation>New intervention…</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>New start</source>
      <translation>New start</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>New start (empty: an extension)</source>
      <translation>New start (empty: an extension)</translation>
    </message>
    <message>
      <location filename="../gis/notify_services.py" />
      <source>No SMS gateway profile '{name}' (profiles: {known}). Add one in the plugin settings, SMS gateway tab.</source>
      <translation>No SMS gateway profile '{name}' (profiles: {known}). Add one in the plugin settings, SMS gateway tab.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>No SMS sender is set in the gateway profile.</source>
      <translation>No SMS sender is set in the gateway profile.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>No SMS went with this press: the copy goes with the press that sends them.</source>
      <translation>No SMS went with this press: the copy goes with the press that sends them.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>No affected customer has a mobile number that can receive an SMS.</source>
      <translation>No affected customer has a mobile number that can receive an SMS.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>No copy to the call-centre by email: {why}</source>
      <translation>No copy to the call-centre by email: {why}</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>No credentials are chosen for {purpose}. Choose an authentication configuration in the plugin settings.</source>
      <translation>No credentials are chosen for {purpose}. Choose an authentication configuration in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>No customer of layer '{layer}' matches the conditions.</source>
      <translation>No customer of layer '{layer}' matches the conditions.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>No folder is set for the public pages: choose one in the plugin settings, Public pages tab.</source>
      <translation>No folder is set for the public pages: choose one in the plugin settings, Public pages tab.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>No gateway profile '{name}' to place the calls.</source>
      <translation>No gateway profile '{name}' to place the calls.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>No gateway profile is selected for sending.</source>
      <translation>No gateway profile is selected for sending.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>No history database is set: choose one in the plugin settings.</source>
      <translation>No history database is set: choose one in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>No hydraulic model is set. Choose an EPANET model in the settings (Hydraulic model) to see who keeps water, but at low pressure.</source>
      <translation>No hydraulic model is set. Choose an EPANET model in the settings (Hydraulic model) to see who keeps water, but at low pressure.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>No intervention with reference {reference}.</source>
      <translation>No intervention with reference {reference}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>No intervention {reference} in the history.</source>
      <translation>No intervention {reference} in the history.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>No layer is chosen for the role '{role}'.</source>
      <translation>No layer is chosen for the role '{role}'.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>No mail server is configured: there is no call-centre email to send.</source>
      <translation>No mail server is configured: there is no call-centre email to send.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>No pipe id matches a link id of the hydraulic model (pipes e.g. {pipe_examples}; links e.g. {link_examples}): choose the pipes field that holds the model's link ids in the settings.</source>
      <translation>No pipe id matches a link id of the hydraulic model (pipes e.g. {pipe_examples}; links e.g. {link_examples}): choose the pipes field that holds the model's link ids in the settings.</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>No pipe ids were given and no pipe is selected in layer '{layer}'.</source>
      <translation>No pipe ids were given and no pipe is selected in layer '{layer}'.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>No pipe within {pixels} pixels of the click.</source>
      <translation>No pipe within {pixels} pixels of the click.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_common.py" />
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>No reminder left to schedule: their times have passed.</source>
      <translation>No reminder left to schedule: their times have passed.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>No reminder scheduled: {reasons}</source>
      <translation>No reminder scheduled: {reasons}</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>No supplied pipe falls to low pressure.</source>
      <translation>No supplied pipe falls to low pressure.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>No upload (the folder is served as it is)</source>
      <translation>No upload (the folder is served as it is)</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>No upload is set for the public pages.</source>
      <translation>No upload is set for the public pages.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>No valid row in '{path}': nothing to trace.</source>
      <translation>No valid row in '{path}': nothing to trace.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Nobody was warned of {reference}: there is no one to tell.</source>
      <translation>Nobody was warned of {reference}: there is no one to tell.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Non-return valves: never closed for a work site; water passes them only in the digitising direction of their pipe. Leave empty if the layer has none.</source>
      <translation>Non-return valves: never closed for a work site; water passes them only in the digitising direction of their pipe. Leave empty if the layer has none.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>None (unencrypted)</source>
      <translation>None (unencrypted)</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>None of the {pipes} isolated pipes is in the hydraulic model, so the closure cannot be simulated.</source>
      <translation>None of the {pipes} isolated pipes is in the hydraulic model, so the closure cannot be simulated.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Not now</source>
      <translation>Not now</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Not received: {reasons}. "Re-send with a reason…" sends the notice again to these numbers only.</source>
      <translation>Not received: {reasons}. "Re-send with a reason…" sends the notice again to these numbers only.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Not required, optional ({n})</source>
      <translation>Not required, optional ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Not required: its far side had no supply before the work.</source>
      <translation>Not required: its far side had no supply before the work.</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Not required: its far side is dry anyway; closing it keeps that zone full (less water lost, a faster restart).</source>
      <translation>Not required: its far side is dry anyway; closing it keeps that zone full (less water lost, a faster restart).</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Nothing of {reference} waits to be sent.</source>
      <translation>Nothing of {reference} waits to be sent.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Nothing re-sent.</source>
      <translation>Nothing re-sent.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>Nothing waits to be uploaded for {reference}.</source>
      <translation>Nothing waits to be uploaded for {reference}.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>Nothing was sent: {reasons}</source>
      <translation>Nothing was sent: {reasons}</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>Notice sent</source>
      <translation>Notice sent</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Notify</source>
      <translation>Notify</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Notify a list of planned works</source>
      <translation>Notify a list of planned works</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Notify customers</source>
      <translation>Notify customers</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Notify customers by SMS</source>
      <translation>Notify customers by SMS</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Notify customers…</source>
      <translation>Notify customers…</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Notify report (JSON)</source>
      <translation>Notify report (JSON)</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Numbers</source>
      <translation>Numbers</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Numbers added</source>
      <translation>Numbers added</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Numbers not drawn (no customer, or no pipe)</source>
      <translation>Numbers not drawn (no customer, or no pipe)</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Numbers on one segment that make a cluster</source>
      <translation>Numbers on one segment that make a cluster</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Numbers on the list</source>
      <translation>Numbers on the list</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Numbers that answered "1"</source>
      <translation>Numbers that answered "1"</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Numbers that opted out (comma-separated)</source>
      <translation>Numbers that opted out (comma-separated)</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Numbers to add (CSV)</source>
      <translation>Numbers to add (CSV)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>On every notice, start, end or cancellation of an intervention, its public page (Italian and English, with a map), the index per municipality and the GeoJSON and CAP feeds are written to this folder. No phone number, name or customer code is ever published. Their public address is set on the Messages tab.</source>
      <translation>On every notice, start, end or cancellation of an intervention, its public page (Italian and English, with a map), the index per municipality and the GeoJSON and CAP feeds are written to this folder. No phone number, name or customer code is ever published. Their public address is set on the Messages tab.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Only a message already sent can be re-sent: {unknown} of the {numbers} number(s) never had the message '{kind}' of {reference}.</source>
      <translation>Only a message already sent can be re-sent: {unknown} of the {numbers} number(s) never had the message '{kind}' of {reference}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Only retry the uploads that failed</source>
      <translation>Only retry the uploads that failed</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Only valves of these types are asked to close; air valves, pressure reducers, hydrant branches and drains are passed as open joints (used only when the valves' type field is chosen).</source>
      <translation>Only valves of these types are asked to close; air valves, pressure reducers, hydrant branches and drains are passed as open joints (used only when the valves' type field is chosen).</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Only when the mail server uses a private certificate authority.</source>
      <translation>Only when the mail server uses a private certificate authority.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Only {hours} hours' notice: ARERA asks for at least {need} hours before a planned interruption.</source>
      <translation>Only {hours} hours' notice: ARERA asks for at least {need} hours before a planned interruption.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Open settings</source>
      <translation>Open settings</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Open {tab}</source>
      <translation>Open {tab}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Opt-out list</source>
      <translation>Opt-out list</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Opt-out list (CSV)</source>
      <translation>Opt-out list (CSV)</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>Opt-out list: import and export</source>
      <translation>Opt-out list: import and export</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Optional</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Optional. With the utility's EPANET model, each trace also simulates the closure and finds the customers who keep water, but at low pressure.</source>
      <translation>Optional. With the utility's EPANET model, each trace also simulates the closure and finds the customers who keep water, but at low pressure.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Other notes ({n})</source>
      <translation>Other notes ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Outage results</source>
      <translation>Outage results</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Outbox and history database</source>
      <translation>Outbox and history database</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Outbox: {sent} sent ({delivered} delivered), {failed} failed, {doubt} in doubt (held for the operator), {waiting} waiting; {reported} new delivery report(s).</source>
      <translation>Outbox: {sent} sent ({delivered} delivered), {failed} failed, {doubt} in doubt (held for the operator), {waiting} waiting; {reported} new delivery report(s).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Overlaps {reference} ({kind}, {state}) from {start} to {end}: {segments} shared segment(s) ({segment_ids}), {customers} shared customer(s) ({customer_ids}).</source>
      <translation>Overlaps {reference} ({kind}, {state}) from {start} to {end}: {segments} shared segment(s) ({segment_ids}), {customers} shared customer(s) ({customer_ids}).</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>Pages folder</source>
      <translation>Pages folder</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Parallel requests</source>
      <translation>Parallel requests</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Phone region</source>
      <translation>Phone region</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Pick the new dates: these are the planned ones.</source>
      <translation>Pick the new dates: these are the planned ones.</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>Pilot report</source>
      <translation>Pilot report</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Pilot report for %n intervention(s) written to {folder}.</source>
      <translation>
        <numerusform>Pilot report for %n intervention written to {folder}.</numerusform>
        <numerusform>Pilot report for %n interventions written to {folder}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/history_report.py" />
      <source>Pilot report written to {folder}.</source>
      <translation>Pilot report written to {folder}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_report.py" />
      <source>Pilot report written to {folder}; open {page} in a browser.</source>
      <translation>Pilot report written to {folder}; open {page} in a browser.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_report.py" />
      <source>Pilot report…</source>
      <translation>Pilot report…</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Pipe ends and valves closer than this (in layer units) are joined.</source>
      <translation>Pipe ends and valves closer than this (in layer units) are joined.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Pipe id</source>
      <translation>Pipe id</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Pipe id '{value}' is not a number, but the field '{field}' of layer '{layer}' is numeric.</source>
      <translation>Pipe id '{value}' is not a number, but the field '{field}' of layer '{layer}' is numeric.</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Pipe id field</source>
      <translation>Pipe id field</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Pipe ids of the work site (empty: selected pipes)</source>
      <translation>Pipe ids of the work site (empty: selected pipes)</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Pipe layer</source>
      <translation>Pipe layer</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>Pipe layer '{layer}': {problem}.</source>
      <translation>Pipe layer '{layer}': {problem}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Pipe states meaning out of service</source>
      <translation>Pipe states meaning out of service</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Pipe status field (empty: every pipe in service)</source>
      <translation>Pipe status field (empty: every pipe in service)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Pipe status values meaning out of service (pipes left out of the network)</source>
      <translation>Pipe status values meaning out of service (pipes left out of the network)</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Pipes</source>
      <translation>Pipes</translation>
    </message>
    <message>
      <location filename="../processing_provider/hydraulic_parameters.py" />
      <source>Pipes field holding the model's link ids (empty: the pipe ids)</source>
      <translation>Pipes field holding the model's link ids (empty: the pipe ids)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Pipes field with the model's link ids</source>
      <translation>Pipes field with the model's link ids</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Pipes layer '{layer}': the selected ids {ids} (field '{field}') are not in the network model and were left out.</source>
      <translation>Pipes layer '{layer}': the selected ids {ids} (field '{field}') are not in the network model and were left out.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Pipes out of service, left out ({n})</source>
      <translation>Pipes out of service, left out ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Pipes whose status field holds one of these values are left out of the network (used only when the pipes' status field is chosen).</source>
      <translation>Pipes whose status field holds one of these values are left out of the network (used only when the pipes' status field is chosen).</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Plan B, if it will not close: also close {valves}; +{pipes} pipes, +{customers} customers</source>
      <translation>Plan B, if it will not close: also close {valves}; +{pipes} pipes, +{customers} customers</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Planned now: from {start} to {end} (Italian time).</source>
      <translation>Planned now: from {start} to {end} (Italian time).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Planned work {work}: {status}.</source>
      <translation>Planned work {work}: {status}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Planned works (CSV)</source>
      <translation>Planned works (CSV)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>Possible valve left shut</source>
      <translation>Possible valve left shut</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>PostGIS login {id} not read ({detail}): the layer is read through QGIS.</source>
      <translation>PostGIS login {id} not read ({detail}): the layer is read through QGIS.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>PostGIS table {table} read through QGIS: {detail}</source>
      <translation>PostGIS table {table} read through QGIS: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Pressure</source>
      <translation>Pressure</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Pressure ({n})</source>
      <translation>Pressure ({n})</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Pressure check failed.</source>
      <translation>Pressure check failed.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Pressure-drop notice: {summary}</source>
      <translation>Pressure-drop notice: {summary}</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': the batch size must be at least 1.</source>
      <translation>Profile '{profile}': the batch size must be at least 1.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': the concurrency must be at least 1.</source>
      <translation>Profile '{profile}': the concurrency must be at least 1.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': the option {option} needs {needs} as well, or the plugin cannot tell a message taken from one refused.</source>
      <translation>Profile '{profile}': the option {option} needs {needs} as well, or the plugin cannot tell a message taken from one refused.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': the rate must be above 0 messages/s.</source>
      <translation>Profile '{profile}': the rate must be above 0 messages/s.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': timeouts must be above 0 seconds.</source>
      <translation>Profile '{profile}': timeouts must be above 0 seconds.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': {field} must start with https://.</source>
      <translation>Profile '{profile}': {field} must start with https://.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Profile '{profile}': {field} uses plain http:// to another machine; credentials would travel unencrypted. Use https:// (plain http is allowed only to 127.0.0.1, ::1 or localhost).</source>
      <translation>Profile '{profile}': {field} uses plain http:// to another machine; credentials would travel unencrypted. Use https:// (plain http is allowed only to 127.0.0.1, ::1 or localhost).</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Profile {number}</source>
      <translation>Profile {number}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Profiles</source>
      <translation>Profiles</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Provider</source>
      <translation>Provider</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Provider options</source>
      <translation>Provider options</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>Public page of {reference}: {address}</source>
      <translation>Public page of {reference}: {address}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_global.py" />
      <source>Public pages</source>
      <translation>Public pages</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Public pages address (SMS link)</source>
      <translation>Public pages address (SMS link)</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: choose the folder the pages are written to.</source>
      <translation>Public pages: choose the folder the pages are written to.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: the SFTP address must start with sftp://.</source>
      <translation>Public pages: the SFTP address must start with sftp://.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: the WebDAV address must start with https://.</source>
      <translation>Public pages: the WebDAV address must start with https://.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: the known hosts file '{path}' does not exist.</source>
      <translation>Public pages: the known hosts file '{path}' does not exist.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Public pages: the upload '{value}' is unknown; use sftp or webdav.</source>
      <translation>Public pages: the upload '{value}' is unknown; use sftp or webdav.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Publish</source>
      <translation>Publish</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Publish public pages</source>
      <translation>Publish public pages</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Published pages</source>
      <translation>Published pages</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>Publishes the public page of each intervention in REFERENCES (comma-separated; empty: every notified or in-progress intervention): its page in Italian and English with a map, the index per municipality, the GeoJSON of current areas and the CAP 1.2 feed, into the folder of the settings (Public pages tab), then uploads them when an upload is set. RETRY_UPLOAD only sends again what a failed upload left waiting. FLYERS_FOLDER also writes the flyers of each intervention, one PDF per street, for the customers no SMS reaches. No phone number, name or customer code is ever published.</source>
      <translation>Publishes the public page of each intervention in REFERENCES (comma-separated; empty: every notified or in-progress intervention): its page in Italian and English with a map, the index per municipality, the GeoJSON of current areas and the CAP 1.2 feed, into the folder of the settings (Public pages tab), then uploads them when an upload is set. RETRY_UPLOAD only sends again what a failed upload left waiting. FLYERS_FOLDER also writes the flyers of each intervention, one PDF per street, for the customers no SMS reaches. No phone number, name or customer code is ever published.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Publishing failed: {error}</source>
      <translation>Publishing failed: {error}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Publishing {reference} ({change}) failed.</source>
      <translation>Publishing {reference} ({change}) failed.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Rate</source>
      <translation>Rate</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Re-send the email</source>
      <translation>Re-send the email</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Re-send to the selected numbers…</source>
      <translation>Re-send to the selected numbers…</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Re-send with a reason</source>
      <translation>Re-send with a reason</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Re-send with a reason…</source>
      <translation>Re-send with a reason…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Re-sending the '{kind}' SMS to {n} number(s)</source>
      <translation>Re-sending the '{kind}' SMS to {n} number(s)</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Re-sending the notice</source>
      <translation>Re-sending the notice</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Re-sends</source>
      <translation>Re-sends</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Reachable by SMS</source>
      <translation>Reachable by SMS</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Read delivery reports</source>
      <translation>Read delivery reports</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>Reading the network and the customers for {reference}…</source>
      <translation>Reading the network and the customers for {reference}…</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Reads WORKS, a CSV of planned works (columns pipe_ids, kind, start, end and, optionally, reference and notes; ';' or ',' between columns; several pipe ids separated by commas, semicolons or '|' (spaces inside an id are then kept), or by spaces when the cell has none of those; quote a cell that holds the file's column separator; times in Rome time), builds the network model once, and for each work traces the valves to close and the affected customers, checks conflicts with the history and with the other works of the file, and sends the notice through the gateway PROFILE (DRY_RUN, the default, writes the SMS to a file in OUTPUT_FOLDER and records nothing). A conflicting work (overlapping in time and sharing pipes or customers) is flagged on both sides and still notified. Bad rows are named in the summary and skipped. Running the same file again sends nothing new. With USE_PROJECT_MAPPING (the default when the project has a valid layer mapping) only WORKS is needed; otherwise give the layers as for outage:isolate.</source>
      <translation>Reads WORKS, a CSV of planned works (columns pipe_ids, kind, start, end and, optionally, reference and notes; ';' or ',' between columns; several pipe ids separated by commas, semicolons or '|' (spaces inside an id are then kept), or by spaces when the cell has none of those; quote a cell that holds the file's column separator; times in Rome time), builds the network model once, and for each work traces the valves to close and the affected customers, checks conflicts with the history and with the other works of the file, and sends the notice through the gateway PROFILE (DRY_RUN, the default, writes the SMS to a file in OUTPUT_FOLDER and records nothing). A conflicting work (overlapping in time and sharing pipes or customers) is flagged on both sides and still notified. Bad rows are named in the summary and skipped. Running the same file again sends nothing new. With USE_PROJECT_MAPPING (the default when the project has a valid layer mapping) only WORKS is needed; otherwise give the layers as for outage:isolate.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>Recovered: {taken} interrupted message(s) taken back, {settled} settled with the gateway, {revived} transient failure(s) due again.</source>
      <translation>Recovered: {taken} interrupted message(s) taken back, {settled} settled with the gateway, {revived} transient failure(s) due again.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Refused: {reason}</source>
      <translation>Refused: {reason}</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Reminder at {when} to {numbers} number(s) by SMS, {calls} landline(s) by call, {emails} address(es) by email.</source>
      <translation>Reminder at {when} to {numbers} number(s) by SMS, {calls} landline(s) by call, {emails} address(es) by email.</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Reminder each morning</source>
      <translation>Reminder each morning</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Reminders and scheduled sends…</source>
      <translation>Reminders and scheduled sends…</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Reminders of {reference}</source>
      <translation>Reminders of {reference}</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Reminders scheduled</source>
      <translation>Reminders scheduled</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Reminders the evening before and the morning of the work; what waits to be sent, which can be called off before it goes.</source>
      <translation>Reminders the evening before and the morning of the work; what waits to be sent, which can be called off before it goes.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Replace the reminders still waiting</source>
      <translation>Replace the reminders still waiting</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>Replies "1" of {reference}</source>
      <translation>Replies "1" of {reference}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Replies could not be read now: {detail}</source>
      <translation>Replies could not be read now: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>Replies on map</source>
      <translation>Replies on map</translation>
    </message>
    <message>
      <location filename="../processing_provider/replies_map.py" />
      <source>Replies per segment</source>
      <translation>Replies per segment</translation>
    </message>
    <message>
      <location filename="../processing_provider/outputs.py" />
      <source>Report (JSON)</source>
      <translation>Report (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Report folder</source>
      <translation>Report folder</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Report of outage:isolate or outage:customers (JSON)</source>
      <translation>Report of outage:isolate or outage:customers (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Report page (HTML)</source>
      <translation>Report page (HTML)</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Report written to {path}</source>
      <translation>Report written to {path}</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>Reschedule or extend an intervention</source>
      <translation>Reschedule or extend an intervention</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Reschedule {reference}</source>
      <translation>Reschedule {reference}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Reschedule…</source>
      <translation>Reschedule…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Retry upload</source>
      <translation>Retry upload</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Row {row}, column '{column}', value '{value}': {problem}</source>
      <translation>Row {row}, column '{column}', value '{value}': {problem}</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Rows skipped as invalid</source>
      <translation>Rows skipped as invalid</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>SELECTED_ONLY is set but no feature is selected in layer '{layer}'.</source>
      <translation>SELECTED_ONLY is set but no feature is selected in layer '{layer}'.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>SFTP</source>
      <translation>SFTP</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>SFTP known hosts</source>
      <translation>SFTP known hosts</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>SMS consent</source>
      <translation>SMS consent</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS delivered</source>
      <translation>SMS delivered</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS failed</source>
      <translation>SMS failed</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>SMS gateway</source>
      <translation>SMS gateway</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>SMS gateway profile (empty: the selected one)</source>
      <translation>SMS gateway profile (empty: the selected one)</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>SMS gateway profile: the provider that sends the SMS.</source>
      <translation>SMS gateway profile: the provider that sends the SMS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS in doubt</source>
      <translation>SMS in doubt</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS sent</source>
      <translation>SMS sent</translation>
    </message>
    <message>
      <location filename="../processing_provider/dispatch.py" />
      <source>SMS waiting</source>
      <translation>SMS waiting</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>SQLite database (*.sqlite)</source>
      <translation>SQLite database (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>SSL/TLS (port 465)</source>
      <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Save the customer list</source>
      <translation>Save the customer list</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Save the flyer addresses</source>
      <translation>Save the flyer addresses</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Save the valve sheet</source>
      <translation>Save the valve sheet</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Saved the SMS gateway profile '{name}' ({provider}).</source>
      <translation>Saved the SMS gateway profile '{name}' ({provider}).</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Schedule reminders</source>
      <translation>Schedule reminders</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Schedule the reminders</source>
      <translation>Schedule the reminders</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Schedule the reminders of an intervention</source>
      <translation>Schedule the reminders of an intervention</translation>
    </message>
    <message>
      <location filename="../processing_provider/reminders.py" />
      <source>Schedules reminders of intervention REFERENCE to the numbers that had its notice (never an opted-out one): the evening before at EVENING (HH:MM; empty: none) and, when MORNING, the morning of the work at 08:00 and each following morning of a work of several days. Each reminder waits in the outbox for its time; outage:dispatch (cron, systemd timer) or QGIS in the background sends it. REPLACE (default) calls off the reminders still waiting first, so running it again leaves one set; untick it to add reminders beside those waiting. Cancelling or finishing the work calls off the reminders not sent yet. DATABASE defaults to the one in the settings.</source>
      <translation>Schedules reminders of intervention REFERENCE to the numbers that had its notice (never an opted-out one): the evening before at EVENING (HH:MM; empty: none) and, when MORNING, the morning of the work at 08:00 and each following morning of a work of several days. Each reminder waits in the outbox for its time; outage:dispatch (cron, systemd timer) or QGIS in the background sends it. REPLACE (default) calls off the reminders still waiting first, so running it again leaves one set; untick it to add reminders beside those waiting. Cancelling or finishing the work calls off the reminders not sent yet. DATABASE defaults to the one in the settings.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check first the valves closed for the work, {work_valves}; then the segment's valves {valves}.</source>
      <translation>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check first the valves closed for the work, {work_valves}; then the segment's valves {valves}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check first {closed_by_work}, closed for the work; the segment's valves: {valves}.</source>
      <translation>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check first {closed_by_work}, closed for the work; the segment's valves: {valves}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check the segment's valves {valves}.</source>
      <translation>Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} customers told the water was back). A valve may have been left shut: check the segment's valves {valves}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/segments.py" />
      <source>Segments</source>
      <translation>Segments</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Select a valve to close in the list first.</source>
      <translation>Select a valve to close in the list first.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Select an intervention first.</source>
      <translation>Select an intervention first.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>Select an intervention in the list first.</source>
      <translation>Select an intervention in the list first.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Select one or more pipes in the layer '{layer}' first.</source>
      <translation>Select one or more pipes in the layer '{layer}' first.</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>Selected customers only</source>
      <translation>Selected customers only</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Send a test SMS to my number</source>
      <translation>Send a test SMS to my number</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Send a test email</source>
      <translation>Send a test email</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send a test to my number</source>
      <translation>Send a test to my number</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send at</source>
      <translation>Send at</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Send at (empty: now, or when the send window opens)</source>
      <translation>Send at (empty: now, or when the send window opens)</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send email only</source>
      <translation>Send email only</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send even though the start has passed (I take responsibility)</source>
      <translation>Send even though the start has passed (I take responsibility)</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Send even though the start has passed (operator's decision)</source>
      <translation>Send even though the start has passed (operator's decision)</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send makes a new intervention for this work; {reference} stays as it is. Its customers may get a second notice.</source>
      <translation>Send makes a new intervention for this work; {reference} stays as it is. Its customers may get a second notice.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send outside the send window (I take responsibility)</source>
      <translation>Send outside the send window (I take responsibility)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Send outside the send window (operator's decision)</source>
      <translation>Send outside the send window (operator's decision)</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send the '{kind}' SMS again to {n} number(s): {phones}. They may get it twice. Your name and the reason are written to the audit trail.</source>
      <translation>Send the '{kind}' SMS again to {n} number(s): {phones}. They may get it twice. Your name and the reason are written to the audit trail.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send the '{kind}' message of {reference} to whoever had the notice, the same way: {channels}? Nobody else gets it, and nobody gets it twice.</source>
      <translation>Send the '{kind}' message of {reference} to whoever had the notice, the same way: {channels}? Nobody else gets it, and nobody gets it twice.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send the call-centre copy of this notice and no SMS.</source>
      <translation>Send the call-centre copy of this notice and no SMS.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Send the copy to the call-centre by email</source>
      <translation>Send the copy to the call-centre by email</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Send the extension</source>
      <translation>Send the extension</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Send the follow-up notice</source>
      <translation>Send the follow-up notice</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Send the postponement</source>
      <translation>Send the postponement</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Send the water-back or cancelled SMS to whoever does not have it yet.</source>
      <translation>Send the water-back or cancelled SMS to whoever does not have it yet.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Send window</source>
      <translation>Send window</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Send with</source>
      <translation>Send with</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Sender</source>
      <translation>Sender</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Sender '{sender}' is not valid: at most 11 letters or digits, not starting with a digit, not generic (INFO, SMS), registered with AGCOM.</source>
      <translation>Sender '{sender}' is not valid: at most 11 letters or digits, not starting with a digit, not generic (INFO, SMS), registered with AGCOM.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Sender '{sender}': a numeric sender must be a full international number (E.164, up to 15 digits); an alphanumeric one must not start with a digit.</source>
      <translation>Sender '{sender}': a numeric sender must be a full international number (E.164, up to 15 digits); an alphanumeric one must not start with a digit.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Sender '{sender}': an alphanumeric sender has at most 11 characters.</source>
      <translation>Sender '{sender}': an alphanumeric sender has at most 11 characters.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Sender '{sender}': generic names such as INFO or SMS are not registrable.</source>
      <translation>Sender '{sender}': generic names such as INFO or SMS are not registrable.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>Sender '{sender}': only letters A-Z and digits are allowed (no spaces or symbols).</source>
      <translation>Sender '{sender}': only letters A-Z and digits are allowed (no spaces or symbols).</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Sending a test SMS</source>
      <translation>Sending a test SMS</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Sending at {at}, outside the {span} window: allowed by the operator's decision.</source>
      <translation>Sending at {at}, outside the {span} window: allowed by the operator's decision.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Sending at {at}, outside the {span} window: allowed for an emergency.</source>
      <translation>Sending at {at}, outside the {span} window: allowed for an emergency.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Sending by {channel} finished: {states}.</source>
      <translation>Sending by {channel} finished: {states}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Sending failed: {error}</source>
      <translation>Sending failed: {error}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Sending stopped: {gateway_reason} ({detail})</source>
      <translation>Sending stopped: {gateway_reason} ({detail})</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Sending the '{kind}' SMS</source>
      <translation>Sending the '{kind}' SMS</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Sending the call-centre email</source>
      <translation>Sending the call-centre email</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Sending the extension of {reference}</source>
      <translation>Sending the extension of {reference}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Sending the notice failed.</source>
      <translation>Sending the notice failed.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Sending the outage and pressure-drop notices</source>
      <translation>Sending the outage and pressure-drop notices</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Sending the outage notice</source>
      <translation>Sending the outage notice</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>Sending the postponement of {reference}</source>
      <translation>Sending the postponement of {reference}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Sending through {where} failed: {detail}</source>
      <translation>Sending through {where} failed: {detail}</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>Sends the SMS notice to the recipients of REPORT (the JSON report of outage:isolate or outage:customers) through the gateway PROFILE, mails the copy to the call-centre (SEND_EMAIL) and records the intervention in the history database. Each number gets one SMS per intervention: running again with the same REFERENCE sends nothing new. Blocking checks (segments, sender, a start already past or an absurd date) refuse before anything is written. Outside the send window (08:00-21:00 unless set otherwise in the settings) the notice is not refused: it waits in the outbox for the window's next opening, and SEND_AT chooses a later moment; outage:dispatch (cron, a systemd timer) or QGIS in the background sends it when due, and the report's scheduled_at says when. OVERRIDE_WINDOW (emergencies are never held back) and ALLOW_PAST_START are the operator's decisions to send at once anyway, and a refusal names the one that lifts it. The report is not trusted: each customer's numbers, consent and opt-out are read again from the customers layer (CUSTOMERS and its fields, as for outage:customers, or the layers mapped in the project). DRY_RUN writes the messages to a JSONL file next to OUTPUT, records nothing and needs no gateway profile.</source>
      <translation>Sends the SMS notice to the recipients of REPORT (the JSON report of outage:isolate or outage:customers) through the gateway PROFILE, mails the copy to the call-centre (SEND_EMAIL) and records the intervention in the history database. Each number gets one SMS per intervention: running again with the same REFERENCE sends nothing new. Blocking checks (segments, sender, a start already past or an absurd date) refuse before anything is written. Outside the send window (08:00-21:00 unless set otherwise in the settings) the notice is not refused: it waits in the outbox for the window's next opening, and SEND_AT chooses a later moment; outage:dispatch (cron, a systemd timer) or QGIS in the background sends it when due, and the report's scheduled_at says when. OVERRIDE_WINDOW (emergencies are never held back) and ALLOW_PAST_START are the operator's decisions to send at once anyway, and a refusal names the one that lifts it. The report is not trusted: each customer's numbers, consent and opt-out are read again from the customers layer (CUSTOMERS and its fields, as for outage:customers, or the layers mapped in the project). DRY_RUN writes the messages to a JSONL file next to OUTPUT, records nothing and needs no gateway profile.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Sensitive categories</source>
      <translation>Sensitive categories</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Sensitive customer</source>
      <translation>Sensitive customer</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Sensitive customers</source>
      <translation>Sensitive customers</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Sent: {channels}; {delivered} delivered, {failed} not received, {doubt} in doubt</source>
      <translation>Sent: {channels}; {delivered} delivered, {failed} not received, {doubt} in doubt</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Service connections (lines from the meter to the main)</source>
      <translation>Service connections (lines from the meter to the main)</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Service connections (meter to main)</source>
      <translation>Service connections (meter to main)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Service connections: customer id field</source>
      <translation>Service connections: customer id field</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Service connections: id field</source>
      <translation>Service connections: id field</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Service line layer</source>
      <translation>Service line layer</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Set up the call-centre email in the plugin settings first.</source>
      <translation>Set up the call-centre email in the plugin settings first.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Settings…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Shared-meter categories</source>
      <translation>Shared-meter categories</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Show history layer</source>
      <translation>Show history layer</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Show on map</source>
      <translation>Show on map</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Shut its connection toward the work, or stop the pump.</source>
      <translation>Shut its connection toward the work, or stop the pump.</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Shut the source</source>
      <translation>Shut the source</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Shut toward the work, or stop the pump.</source>
      <translation>Shut toward the work, or stop the pump.</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Simulated</source>
      <translation>Simulated</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Simulating the closure in the hydraulic model…</source>
      <translation>Simulating the closure in the hydraulic model…</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Skipped: {problem}</source>
      <translation>Skipped: {problem}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Snapping tolerance</source>
      <translation>Snapping tolerance</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Snapping tolerance (layer units)</source>
      <translation>Snapping tolerance (layer units)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Source id field</source>
      <translation>Source id field</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Source layer</source>
      <translation>Source layer</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Sources (tanks, wells, connections)</source>
      <translation>Sources (tanks, wells, connections)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Sources (tanks, wells, inlets: points or footprints)</source>
      <translation>Sources (tanks, wells, inlets: points or footprints)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Sources to shut</source>
      <translation>Sources to shut</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Sources to shut ({n})</source>
      <translation>Sources to shut ({n})</translation>
    </message>
    <message>
      <location filename="../processing_provider/segments.py" />
      <source>Splits the network into valve segments: the smallest parts that can be shut off by closing valves. Sources (tanks, wells, inlets) bound segments as valves do. Pipes are split at mid-span valves, at sources and where another pipe ends on them (a tee without a node); ends closer than the tolerance are joined. Pipes whose status is out of service are left out, and valves whose type does not shut a pipe are open joints. Each output feature is one pipe piece with its pipe id, segment_id and supplied (connected to a source with the valves in their normal state).</source>
      <translation>Splits the network into valve segments: the smallest parts that can be shut off by closing valves. Sources (tanks, wells, inlets) bound segments as valves do. Pipes are split at mid-span valves, at sources and where another pipe ends on them (a tee without a node); ends closer than the tolerance are joined. Pipes whose status is out of service are left out, and valves whose type does not shut a pipe are open joints. Each output feature is one pipe piece with its pipe id, segment_id and supplied (connected to a source with the valves in their normal state).</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Start work</source>
      <translation>Start work</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>Start, reschedule, extend, finish or cancel the selected work.</source>
      <translation>Start, reschedule, extend, finish or cancel the selected work.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Status (in service?)</source>
      <translation>Status (in service?)</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Status values meaning check (non-return) valve, passing water one way</source>
      <translation>Status values meaning check (non-return) valve, passing water one way</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Status values meaning inoperable</source>
      <translation>Status values meaning inoperable</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Status values meaning normally closed</source>
      <translation>Status values meaning normally closed</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Steady state</source>
      <translation>Steady state</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Stored credentials '{name}' as authentication configuration {id}.</source>
      <translation>Stored credentials '{name}' as authentication configuration {id}.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Street</source>
      <translation>Street</translation>
    </message>
    <message>
      <location filename="../gis/map_image.py" />
      <source>Streets of the notice</source>
      <translation>Streets of the notice</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Suggested GSM-7 text (edit the template to use it): {text}</source>
      <translation>Suggested GSM-7 text (edit the template to use it): {text}</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Summary (CSV)</source>
      <translation>Summary (CSV)</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Summary per municipality (CSV)</source>
      <translation>Summary per municipality (CSV)</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>TLS with {where} failed ({reason}); check the security mode and port</source>
      <translation>TLS with {where} failed ({reason}); check the security mode and port</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Tees without a node, joined ({n})</source>
      <translation>Tees without a node, joined ({n})</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>Tells the numbers that had the notice of intervention REFERENCE that the work moved or takes longer. With START and END the work is rescheduled: the postponement notice goes, the reminders not sent yet are called off and, when there were some, new ones are scheduled for the new dates. With END only it is extended: the extension notice goes. A notice still waiting for its first send (for the window's 08:00, or for the time chosen) is written again with the new dates for the same recipients and channels, and no postponement goes to those who never had it; MOVED counts its messages, and KIND is then the notice's kind when nobody had it yet. Outside the send window (08:00-21:00 unless set otherwise) the notice waits in the outbox for the window's next opening and SCHEDULED_AT says when; OVERRIDE_WINDOW sends it at once, as the operator's decision. The history keeps the times before the change. The gateway PROFILE is the selected one when empty; DATABASE defaults to the one in the settings.</source>
      <translation>Tells the numbers that had the notice of intervention REFERENCE that the work moved or takes longer. With START and END the work is rescheduled: the postponement notice goes, the reminders not sent yet are called off and, when there were some, new ones are scheduled for the new dates. With END only it is extended: the extension notice goes. A notice still waiting for its first send (for the window's 08:00, or for the time chosen) is written again with the new dates for the same recipients and channels, and no postponement goes to those who never had it; MOVED counts its messages, and KIND is then the notice's kind when nobody had it yet. Outside the send window (08:00-21:00 unless set otherwise) the notice waits in the outbox for the window's next opening and SCHEDULED_AT says when; OVERRIDE_WINDOW sends it at once, as the operator's decision. The history keeps the times before the change. The gateway PROFILE is the selected one when empty; DATABASE defaults to the one in the settings.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: a macro calls itself without end.</source>
      <translation>Template {template}, line {line}: a macro calls itself without end.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: it makes a text or a list larger than {limit}.</source>
      <translation>Template {template}, line {line}: it makes a text or a list larger than {limit}.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: its loops turn more than {limit} times.</source>
      <translation>Template {template}, line {line}: its loops turn more than {limit} times.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: the included file {include} does not exist.</source>
      <translation>Template {template}, line {line}: the included file {include} does not exist.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: the template failed ({error}).</source>
      <translation>Template {template}, line {line}: the template failed ({error}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}, line {line}: this is not valid template syntax.</source>
      <translation>Template {template}, line {line}: this is not valid template syntax.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}: it takes more than {limit} seconds to write.</source>
      <translation>Template {template}: it takes more than {limit} seconds to write.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}: refused by the sandbox; templates may only use the documented placeholders.</source>
      <translation>Template {template}: refused by the sandbox; templates may only use the documented placeholders.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}: the placeholder '{placeholder}' has no value.</source>
      <translation>Template {template}: the placeholder '{placeholder}' has no value.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Template {template}: the text would be longer than {limit} characters.</source>
      <translation>Template {template}: the text would be longer than {limit} characters.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Test SMS through '{profile}' to {phone}: {outcome}.</source>
      <translation>Test SMS through '{profile}' to {phone}: {outcome}.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>Test SMS to {phone}: {state}.</source>
      <translation>Test SMS to {phone}: {state}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Test email sent to {addresses}.</source>
      <translation>Test email sent to {addresses}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Test the connection</source>
      <translation>Test the connection</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The PostgreSQL history database needs the Python module psycopg2 (Debian: python3-psycopg2; the QGIS installers for Windows and macOS include it).</source>
      <translation>The PostgreSQL history database needs the Python module psycopg2 (Debian: python3-psycopg2; the QGIS installers for Windows and macOS include it).</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The PostgreSQL server {host} cannot be reached. Check that it is running, the network, and the connection in the plugin settings, then try again.</source>
      <translation>The PostgreSQL server {host} cannot be reached. Check that it is running, the network, and the connection in the plugin settings, then try again.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The PostgreSQL server {host} has no database {database}. Check the connection in the plugin settings.</source>
      <translation>The PostgreSQL server {host} has no database {database}. Check the connection in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The PostgreSQL server {host} refused the login. Check the user and password chosen in the plugin settings.</source>
      <translation>The PostgreSQL server {host} refused the login. Check the user and password chosen in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>The QGIS authentication system is disabled: {reason}</source>
      <translation>The QGIS authentication system is disabled: {reason}</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>The QGIS master password is not set or was not entered, so the stored credentials cannot be read. Set it in Settings &gt; Options &gt; Authentication.</source>
      <translation>The QGIS master password is not set or was not entered, so the stored credentials cannot be read. Set it in Settings &gt; Options &gt; Authentication.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The SMS exactly as customers will read it:</source>
      <translation>The SMS exactly as customers will read it:</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The SMS gateway answered the login with no session in it ({detail}): a proxy's page, or the wrong address. Nothing was sent; check the gateway's address and the proxy settings.</source>
      <translation>The SMS gateway answered the login with no session in it ({detail}): a proxy's page, or the wrong address. Nothing was sent; check the gateway's address and the proxy settings.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The SMS gateway's address redirects elsewhere ({detail}): nothing was followed, so no credential left for another host. Correct the address in the gateway profile; the messages of the redirected request are checked with the provider before anything is sent again.</source>
      <translation>The SMS gateway's address redirects elsewhere ({detail}): nothing was followed, so no credential left for another host. Correct the address in the gateway profile; the messages of the redirected request are checked with the provider before anything is sent again.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The SMS provider refused the credentials of the gateway profile; nothing more is sent until they are corrected.</source>
      <translation>The SMS provider refused the credentials of the gateway profile; nothing more is sent until they are corrected.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The SMS provider refuses to send for this account ({detail}): its credentials or its credit. Nothing more is sent until it is put right; the messages wait in the outbox.</source>
      <translation>The SMS provider refuses to send for this account ({detail}): its credentials or its credit. Nothing more is sent until it is put right; the messages wait in the outbox.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>The SMS text needs a value for '{placeholder}', which is not set.</source>
      <translation>The SMS text needs a value for '{placeholder}', which is not set.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The SMTP server name {host} is unknown</source>
      <translation>The SMTP server name {host} is unknown</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The accurate transformation needs the grid {grids}.</source>
      <translation>The accurate transformation needs the grid {grids}.</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>The authentication configuration '{id}' for {purpose} cannot be decrypted; check the QGIS master password.</source>
      <translation>The authentication configuration '{id}' for {purpose} cannot be decrypted; check the QGIS master password.</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>The authentication configuration '{id}' for {purpose} no longer exists in the QGIS authentication database.</source>
      <translation>The authentication configuration '{id}' for {purpose} no longer exists in the QGIS authentication database.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The call-centre copy is turned off.</source>
      <translation>The call-centre copy is turned off.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>The call-centre email is turned off.</source>
      <translation>The call-centre email is turned off.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The certificate of {where} is not trusted ({reason}): check the CA file {cafile}</source>
      <translation>The certificate of {where} is not trusted ({reason}): check the CA file {cafile}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The certificate of {where} is not trusted ({reason}): if the server uses a private CA, set its CA file in the email settings</source>
      <translation>The certificate of {where} is not trusted ({reason}): if the server uses a private CA, set its CA file in the email settings</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>The change was not saved: {error}</source>
      <translation>The change was not saved: {error}</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>The crew could not close the selected valve: trace again without it.</source>
      <translation>The crew could not close the selected valve: trace again without it.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>The crew is on site: the work is in progress.</source>
      <translation>The crew is on site: the work is in progress.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The disk holding {path} is full: nothing more can be saved. Free some space and try again.</source>
      <translation>The disk holding {path} is full: nothing more can be saved. Free some space and try again.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The disk reported an error on {path}. Check the disk (or the network share), then try again.</source>
      <translation>The disk reported an error on {path}. Check the disk (or the network share), then try again.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The email could not be written ({detail}).</source>
      <translation>The email could not be written ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The end ({end}) must come after the start ({start}).</source>
      <translation>The end ({end}) must come after the start ({start}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The end ({end}) would make the work last more than {days} days: check the end date.</source>
      <translation>The end ({end}) would make the work last more than {days} days: check the end date.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The end must come after the start.</source>
      <translation>The end must come after the start.</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>The evening before, at</source>
      <translation>The evening before, at</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The extension notice goes to whoever had the notice, the same way, nobody else: {channels}.</source>
      <translation>The extension notice goes to whoever had the notice, the same way, nobody else: {channels}.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The field '{name}' of the layer '{layer}' ({role}) is chosen for '{field}' but is not numeric.</source>
      <translation>The field '{name}' of the layer '{layer}' ({role}) is chosen for '{field}' but is not numeric.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The file {path} is not a readable history database (damaged, or not a database). Restore it from a backup, or choose another file in the plugin settings.</source>
      <translation>The file {path} is not a readable history database (damaged, or not a database). Restore it from a backup, or choose another file in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>The filter expression on layer '{layer}' is invalid: {error}</source>
      <translation>The filter expression on layer '{layer}' is invalid: {error}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>The flyer {path} could not be written.</source>
      <translation>The flyer {path} could not be written.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>The follow-up notice goes once the work is finished or cancelled.</source>
      <translation>The follow-up notice goes once the work is finished or cancelled.</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>The gateway accepted the test SMS to {phone}.</source>
      <translation>The gateway accepted the test SMS to {phone}.</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>The gateway did not accept the test SMS ({outcome}: {detail}).</source>
      <translation>The gateway did not accept the test SMS ({outcome}: {detail}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The gateway profile would send credentials over plain http:// to another machine; use https:// ({detail}).</source>
      <translation>The gateway profile would send credentials over plain http:// to another machine; use https:// ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The gateway stopped the run ({detail}).</source>
      <translation>The gateway stopped the run ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The history database {path} cannot be opened or created. Check that its folder exists and that you may write there, or choose another file in the plugin settings.</source>
      <translation>The history database {path} cannot be opened or created. Check that its folder exists and that you may write there, or choose another file in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The history database {path} is locked by another program (waited {seconds} s). Close the other program that has it open (a database browser, another QGIS) and try again.</source>
      <translation>The history database {path} is locked by another program (waited {seconds} s). Close the other program that has it open (a database browser, another QGIS) and try again.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The history database {path} is read-only. Give yourself write permission on the file and its folder, or choose another file in the plugin settings.</source>
      <translation>The history database {path} is read-only. Give yourself write permission on the file and its folder, or choose another file in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The history database {path} was written by a newer version of the plugin. Update the plugin, or choose another database in the plugin settings.</source>
      <translation>The history database {path} was written by a newer version of the plugin. Update the plugin, or choose another database in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>The hydraulic model {file} does not balance with this closure (EPANET {error}): the pressures cannot be trusted.</source>
      <translation>The hydraulic model {file} does not balance with this closure (EPANET {error}): the pressures cannot be trusted.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>The hydraulic model {file} was not found: choose it again in the settings.</source>
      <translation>The hydraulic model {file} was not found: choose it again in the settings.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The intervention history could not be read: {detail}</source>
      <translation>The intervention history could not be read: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The layer '{layer}' ({crs}) reaches the working CRS {target} only by a ballpark transformation that ignores the datum shift: its features may lie tens of metres off the pipes, so valves may be found on no pipe and customers on the wrong one. Store the layers in one CRS, or choose a transformation in Project › Properties › Transformations.</source>
      <translation>The layer '{layer}' ({crs}) reaches the working CRS {target} only by a ballpark transformation that ignores the datum shift: its features may lie tens of metres off the pipes, so valves may be found on no pipe and customers on the wrong one. Store the layers in one CRS, or choose a transformation in Project › Properties › Transformations.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer '{layer}' ({role}) has no field '{name}' (chosen for '{field}').</source>
      <translation>The layer '{layer}' ({role}) has no field '{name}' (chosen for '{field}').</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer '{layer}' ({role}) has no field chosen for '{field}'.</source>
      <translation>The layer '{layer}' ({role}) has no field chosen for '{field}'.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer '{layer}' ({role}) has no points, so customers cannot be linked to the nearest pipe; link them by a pipe id field instead.</source>
      <translation>The layer '{layer}' ({role}) has no points, so customers cannot be linked to the nearest pipe; link them by a pipe id field instead.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer '{layer}' ({role}) has {found} geometry; it needs {expected}.</source>
      <translation>The layer '{layer}' ({role}) has {found} geometry; it needs {expected}.</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The layer '{layer}' is labelled {crs} (degrees), yet its coordinates reach ({x:.0f}, {y:.0f}), which no place on Earth has in degrees: its CRS is probably wrong.</source>
      <translation>The layer '{layer}' is labelled {crs} (degrees), yet its coordinates reach ({x:.0f}, {y:.0f}), which no place on Earth has in degrees: its CRS is probably wrong.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>The layer chosen for '{role}' ({layer}) is no longer in the project.</source>
      <translation>The layer chosen for '{role}' ({layer}) is no longer in the project.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>The layers are not ready for a trace: {problems}</source>
      <translation>The layers are not ready for a trace: {problems}</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>The lists of isolated and unsupplied customers stand.</source>
      <translation>The lists of isolated and unsupplied customers stand.</translation>
    </message>
    <message>
      <location filename="../gis/store_access.py" />
      <source>The login for the PostgreSQL history database cannot be read from the QGIS authentication database. Choose it again in the plugin settings.</source>
      <translation>The login for the PostgreSQL history database cannot be read from the QGIS authentication database. Choose it again in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>The login of the public pages' server cannot be read: enter the QGIS master password.</source>
      <translation>The login of the public pages' server cannot be read: enter the QGIS master password.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The mail server did not take the email ({detail}).</source>
      <translation>The mail server did not take the email ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The mail server received the whole email, but the connection ended before it confirmed it: it may have arrived. Ask the call centre before sending it again ({detail}).</source>
      <translation>The mail server received the whole email, but the connection ended before it confirmed it: it may have arrived. Ask the call centre before sending it again ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The mail server refused these addresses: {detail}.</source>
      <translation>The mail server refused these addresses: {detail}.</translation>
    </message>
    <message>
      <location filename="../gis/mail_check.py" />
      <source>The mail server {where} accepted the connection and the login; no email was sent.</source>
      <translation>The mail server {where} accepted the connection and the login; no email was sent.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The message is empty.</source>
      <translation>The message is empty.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The message takes {segments} SMS segments ({units} {encoding} units); the configured maximum is {maximum}.</source>
      <translation>The message takes {segments} SMS segments ({units} {encoding} units); the configured maximum is {maximum}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>The model {file} does not exist.</source>
      <translation>The model {file} does not exist.</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>The morning of the work at 08:00, and each morning while it lasts</source>
      <translation>The morning of the work at 08:00, and each morning while it lasts</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>The network model could not be built: {error}</source>
      <translation>The network model could not be built: {error}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The network model could not be cached in {folder}: {detail}</source>
      <translation>The network model could not be cached in {folder}: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The notice '{kind}' needs an end time to record the intervention.</source>
      <translation>The notice '{kind}' needs an end time to record the intervention.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The notice of {reference} still waiting (messages: {messages}) goes with the new dates {when} (Italian time); nobody gets the old ones.</source>
      <translation>The notice of {reference} still waiting (messages: {messages}) goes with the new dates {when} (Italian time); nobody gets the old ones.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The notice of {reference} still waiting (messages: {messages}) goes with the new dates; nobody gets the old ones.</source>
      <translation>The notice of {reference} still waiting (messages: {messages}) goes with the new dates; nobody gets the old ones.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The notice still waiting ({channels}) is written again with the new dates and goes to the same people, the same way: nobody gets the old dates, nobody gets it twice.</source>
      <translation>The notice still waiting ({channels}) is written again with the new dates and goes to the same people, the same way: nobody gets the old dates, nobody gets it twice.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The notice will be sent {when} (Italian time): it waits in the outbox until then.</source>
      <translation>The notice will be sent {when} (Italian time): it waits in the outbox until then.</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>The number '{phone}' cannot receive an SMS ({reason}).</source>
      <translation>The number '{phone}' cannot receive an SMS ({reason}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>The numbers that must never get an SMS (a customer answered STOP, ANNULLA or CANCELLA, read by outage:dispatch) are kept in the history database and left out of every notice. IMPORT adds the numbers of a CSV file (one a line, the first column; a header line is optional) to the list; OUTPUT writes the whole list (phone;since;source). Numbers without a country code are read in PHONE_REGION (IT by default). DATABASE defaults to the one in the settings.</source>
      <translation>The numbers that must never get an SMS (a customer answered STOP, ANNULLA or CANCELLA, read by outage:dispatch) are kept in the history database and left out of every notice. IMPORT adds the numbers of a CSV file (one a line, the first column; a header line is optional) to the list; OUTPUT writes the whole list (phone;since;source). Numbers without a country code are read in PHONE_REGION (IT by default). DATABASE defaults to the one in the settings.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The operator's name is missing: every notice is signed in the history.</source>
      <translation>The operator's name is missing: every notice is signed in the history.</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>The period must have a start before its end.</source>
      <translation>The period must have a start before its end.</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>The period must start on or before its last day.</source>
      <translation>The period must start on or before its last day.</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>The phone region '{region}' is unknown; use a country code such as IT.</source>
      <translation>The phone region '{region}' is unknown; use a country code such as IT.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The pilot report could not be written to {folder}: {detail}</source>
      <translation>The pilot report could not be written to {folder}: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/history_report.py" />
      <source>The pilot report could not be written: {error}</source>
      <translation>The pilot report could not be written: {error}</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The pipes layer '{layer}' has no coordinate reference system; set one.</source>
      <translation>The pipes layer '{layer}' has no coordinate reference system; set one.</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The pipes layer '{layer}' is in {crs} (degrees); the trace works in {utm} and reads the tolerance in metres.</source>
      <translation>The pipes layer '{layer}' is in {crs} (degrees); the trace works in {utm} and reads the tolerance in metres.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' cannot be read ({reason}).</source>
      <translation>The planned works file '{file}' cannot be read ({reason}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' cannot be read as CSV from line {line}: a cell longer than {limit} characters, or a quote that is never closed?</source>
      <translation>The planned works file '{file}' cannot be read as CSV from line {line}: a cell longer than {limit} characters, or a quote that is never closed?</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' has no column {missing} (header: {header}); the columns are {columns} and, optionally, {optional}.</source>
      <translation>The planned works file '{file}' has no column {missing} (header: {header}); the columns are {columns} and, optionally, {optional}.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' is empty: it needs a header row.</source>
      <translation>The planned works file '{file}' is empty: it needs a header row.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The planned works file '{file}' is not UTF-8 (byte {byte}): save it as 'CSV UTF-8' from the spreadsheet.</source>
      <translation>The planned works file '{file}' is not UTF-8 (byte {byte}): save it as 'CSV UTF-8' from the spreadsheet.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The postponement notice goes to whoever had the notice, the same way, nobody else: {channels}. Reminders not sent yet are called off and, if there were some, scheduled again for the new dates.</source>
      <translation>The postponement notice goes to whoever had the notice, the same way, nobody else: {channels}. Reminders not sent yet are called off and, if there were some, scheduled again for the new dates.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>The pressure check failed.</source>
      <translation>The pressure check failed.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>The pressure check needs the Python package owa-epanet in QGIS's Python: install it with pip (python -m pip install owa-epanet), then restart QGIS.</source>
      <translation>The pressure check needs the Python package owa-epanet in QGIS's Python: install it with pip (python -m pip install owa-epanet), then restart QGIS.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>The provider has not taken every message yet: trying again at {at}, and until {until}.</source>
      <translation>The provider has not taken every message yet: trying again at {at}, and until {until}.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>The provider has not taken every message yet: trying again at {at}.</source>
      <translation>The provider has not taken every message yet: trying again at {at}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>The proxy refused its user name or password (HTTP 407): nothing reached the SMS gateway, and nothing more is sent until the proxy settings of QGIS (Settings &gt; Options &gt; Network) are corrected. The messages wait in the outbox.</source>
      <translation>The proxy refused its user name or password (HTTP 407): nothing reached the SMS gateway, and nothing more is sent until the proxy settings of QGIS (Settings &gt; Options &gt; Network) are corrected. The messages wait in the outbox.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>The public pages' address: the SMS ends with it plus the intervention's short reference (https://www.example.it/lavori/2026-0001/). Empty: no link.</source>
      <translation>The public pages' address: the SMS ends with it plus the intervention's short reference (https://www.example.it/lavori/2026-0001/). Empty: no link.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The public pages' upload login cannot be read: {detail}</source>
      <translation>The public pages' upload login cannot be read: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>The reference (Rif.) is given to the new intervention on Send.</source>
      <translation>The reference (Rif.) is given to the new intervention on Send.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>The report '{file}' cannot be read ({reason}).</source>
      <translation>The report '{file}' cannot be read ({reason}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The report '{file}' has no {keys}: choose the JSON report of outage:isolate (with a customers layer) or outage:customers.</source>
      <translation>The report '{file}' has no {keys}: choose the JSON report of outage:isolate (with a customers layer) or outage:customers.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The report '{file}' holds {found}, not the report written by outage:isolate or outage:customers.</source>
      <translation>The report '{file}' holds {found}, not the report written by outage:isolate or outage:customers.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The report '{file}' is not a JSON file (line {line}, column {column}): choose the report written by outage:isolate or outage:customers.</source>
      <translation>The report '{file}' is not a JSON file (line {line}, column {column}): choose the report written by outage:isolate or outage:customers.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The report '{file}' is not as outage:isolate or outage:customers write it: '{where}' should be {expected}, not {found}.</source>
      <translation>The report '{file}' is not as outage:isolate or outage:customers write it: '{where}' should be {expected}, not {found}.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>The server refused: {addresses}</source>
      <translation>The server refused: {addresses}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The setting {key} has the unreadable value '{value}'; using '{default}' instead.</source>
      <translation>The setting {key} has the unreadable value '{value}'; using '{default}' instead.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) has already passed: a notice comes before the work. Correct the date, or confirm sending after the start as the operator's decision.</source>
      <translation>The start ({start}) has already passed: a notice comes before the work. Correct the date, or confirm sending after the start as the operator's decision.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) has already passed: sent anyway, as this is an emergency.</source>
      <translation>The start ({start}) has already passed: sent anyway, as this is an emergency.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) has already passed: sent anyway, by the operator's decision.</source>
      <translation>The start ({start}) has already passed: sent anyway, by the operator's decision.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) is more than {days} days ago: check the date.</source>
      <translation>The start ({start}) is more than {days} days ago: check the date.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>The start ({start}) is more than {days} days ahead: check the date (the year?).</source>
      <translation>The start ({start}) is more than {days} days ahead: check the date (the year?).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The stored SMS gateway profiles ({key}) are unreadable and were ignored; add the profiles again in the plugin settings.</source>
      <translation>The stored SMS gateway profiles ({key}) are unreadable and were ignored; add the profiles again in the plugin settings.</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>The trace uses them as they are, with the tolerance in the same units.</source>
      <translation>The trace uses them as they are, with the tolerance in the same units.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>The upload did not go ({reason}); {n} file(s) wait. The SMS are not affected: use Retry upload in the history.</source>
      <translation>The upload did not go ({reason}); {n} file(s) wait. The SMS are not affected: use Retry upload in the history.</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>The valve sheet PDF could not be written to {path}.</source>
      <translation>The valve sheet PDF could not be written to {path}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>The water is back (also before the planned end): then the water-back SMS.</source>
      <translation>The water is back (also before the planned end): then the water-back SMS.</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>The work of {reference} is over and the water is back. Planned end: {end}. If it came back earlier, set the time: the work is recorded as finished early and the water-back SMS names that time.</source>
      <translation>The work of {reference} is over and the water is back. Planned end: {end}. If it came back earlier, set the time: the work is recorded as finished early and the water-back SMS names that time.</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>The work site is no longer on any pipe.</source>
      <translation>The work site is no longer on any pipe.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>The work will not be done: then the 'cancelled' SMS.</source>
      <translation>The work will not be done: then the 'cancelled' SMS.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>The {provider} provider failed on chunk {chunk}.</source>
      <translation>The {provider} provider failed on chunk {chunk}.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>The {what} could not be saved: {error}</source>
      <translation>The {what} could not be saved: {error}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>This is a test of the call-centre copy of outage notices. No action is needed.</source>
      <translation>This is a test of the call-centre copy of outage notices. No action is needed.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent no SMS: nothing was left to send.</source>
      <translation>This press sent no SMS: nothing was left to send.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent no SMS: sending was cancelled.</source>
      <translation>This press sent no SMS: sending was cancelled.</translation>
    </message>
    <message numerus="yes">
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent no SMS: the %n numbers already had this notice, and it never goes twice to a number.</source>
      <translation>
        <numerusform>This press sent no SMS: the %n number already had this notice, and it never goes twice to a number.</numerusform>
        <numerusform>This press sent no SMS: the %n numbers already had this notice, and it never goes twice to a number.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent no SMS: {error} Nothing is lost: the numbers wait in the outbox; fix the gateway settings and press Send again.</source>
      <translation>This press sent no SMS: {error} Nothing is lost: the numbers wait in the outbox; fix the gateway settings and press Send again.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>This press sent {n} SMS.</source>
      <translation>This press sent {n} SMS.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>This valve has no id in the valve layer, so it cannot be marked; give it an id and trace again.</source>
      <translation>This valve has no id in the valve layer, so it cannot be marked; give it an id and trace again.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>This work is already intervention {reference} ({state}, planned {start}): Send continues it, and a number that had its notice never gets it twice.</source>
      <translation>This work is already intervention {reference} ({state}, planned {start}): Send continues it, and a number that had its notice never gets it twice.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>Time simulated</source>
      <translation>Time simulated</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Timeout</source>
      <translation>Timeout</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>To close ({n})</source>
      <translation>To close ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>To the nearest pipe</source>
      <translation>To the nearest pipe</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Trace a work site</source>
      <translation>Trace a work site</translation>
    </message>
    <message>
      <location filename="../map_tool.py" />
      <source>Trace the selected pipes</source>
      <translation>Trace the selected pipes</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Tries</source>
      <translation>Tries</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Two gateway profiles are called '{name}'.</source>
      <translation>Two gateway profiles are called '{name}'.</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>USE_PROJECT_MAPPING is set but the project's layer mapping cannot be used: {problems} Map the layers in the plugin settings, or set USE_PROJECT_MAPPING to false and give the layers (PIPES, VALVES, CUSTOMERS...).</source>
      <translation>USE_PROJECT_MAPPING is set but the project's layer mapping cannot be used: {problems} Map the layers in the plugin settings, or set USE_PROJECT_MAPPING to false and give the layers (PIPES, VALVES, CUSTOMERS...).</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Units field (shared meters)</source>
      <translation>Units field (shared meters)</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Unknown SMS provider '{provider}' (known: {known}).</source>
      <translation>Unknown SMS provider '{provider}' (known: {known}).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>Unknown kind of notice '{kind}'.</source>
      <translation>Unknown kind of notice '{kind}'.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Unreachable: {reason}</source>
      <translation>Unreachable: {reason}</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Unsupplied customer</source>
      <translation>Unsupplied customer</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Unsupplied pipes</source>
      <translation>Unsupplied pipes</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>Upload</source>
      <translation>Upload</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>Upload address</source>
      <translation>Upload address</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>Upload login</source>
      <translation>Upload login</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Upload to {target} stopped ({why}): %n file(s) sent, {waiting} waiting.</source>
      <translation>
        <numerusform>Upload to {target} stopped ({why}): %n file sent, {waiting} waiting.</numerusform>
        <numerusform>Upload to {target} stopped ({why}): %n files sent, {waiting} waiting.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Upload to {target} stopped: {detail}.</source>
      <translation>Upload to {target} stopped: {detail}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>Uploaded %n file(s) to {target}.</source>
      <translation>
        <numerusform>Uploaded %n file to {target}.</numerusform>
        <numerusform>Uploaded %n files to {target}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>Uploaded: {n} file(s).</source>
      <translation>Uploaded: {n} file(s).</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>Uploading in the background…</source>
      <translation>Uploading in the background…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>Uploading the public page of {reference}</source>
      <translation>Uploading the public page of {reference}</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Use the project's layer mapping</source>
      <translation>Use the project's layer mapping</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Utility name</source>
      <translation>Utility name</translation>
    </message>
    <message>
      <location filename="../dialogs/readiness.py" />
      <source>Utility name: every SMS starts with it.</source>
      <translation>Utility name: every SMS starts with it.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Valid rows</source>
      <translation>Valid rows</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valve</source>
      <translation>Valve</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Valve id field</source>
      <translation>Valve id field</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>Valve layer</source>
      <translation>Valve layer</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Valve or source</source>
      <translation>Valve or source</translation>
    </message>
    <message>
      <location filename="../processing_provider/segments.py" />
      <source>Valve segments</source>
      <translation>Valve segments</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valve sheet…</source>
      <translation>Valve sheet…</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Valve states meaning check valve</source>
      <translation>Valve states meaning check valve</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Valve states meaning closed</source>
      <translation>Valve states meaning closed</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Valve states meaning inoperable</source>
      <translation>Valve states meaning inoperable</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Valve status field</source>
      <translation>Valve status field</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Valve type field (empty: every valve isolates)</source>
      <translation>Valve type field (empty: every valve isolates)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>Valve types that shut a pipe</source>
      <translation>Valve types that shut a pipe</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameters.py" />
      <source>Valve types that shut a pipe (others are passed as open joints)</source>
      <translation>Valve types that shut a pipe (others are passed as open joints)</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Valve {valve} marked as 'will not close' for this intervention.</source>
      <translation>Valve {valve} marked as 'will not close' for this intervention.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves</source>
      <translation>Valves</translation>
    </message>
    <message>
      <location filename="../processing_provider/model_report.py" />
      <source>Valves (valves modelled as links)</source>
      <translation>Valves (valves modelled as links)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves already closed</source>
      <translation>Valves already closed</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves not required (optional)</source>
      <translation>Valves not required (optional)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves standing on a source ({n})</source>
      <translation>Valves standing on a source ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Valves that do not isolate, passed ({n})</source>
      <translation>Valves that do not isolate, passed ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Valves to close</source>
      <translation>Valves to close</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>Wait: an SMS is being sent.</source>
      <translation>Wait: an SMS is being sent.</translation>
    </message>
    <message>
      <location filename="../dialogs/reminder_dialog.py" />
      <source>Waiting to be sent</source>
      <translation>Waiting to be sent</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Warning: {warning}</source>
      <translation>Warning: {warning}</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Warnings</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Warnings ({n})</source>
      <translation>Warnings ({n})</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Warnings ({n}), notes ({notes})</source>
      <translation>Warnings ({n}), notes ({notes})</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>Water Outage Notifier</source>
      <translation>Water Outage Notifier</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Water Outage Notifier SMS: {name}</source>
      <translation>Water Outage Notifier SMS: {name}</translation>
    </message>
    <message>
      <location filename="../gis/settings_store.py" />
      <source>Water Outage Notifier mail server {host}</source>
      <translation>Water Outage Notifier mail server {host}</translation>
    </message>
    <message>
      <location filename="../gis/result_layers.py" />
      <source>Water Outage Notifier results</source>
      <translation>Water Outage Notifier results</translation>
    </message>
    <message>
      <location filename="../dialogs/settings_dialog.py" />
      <source>Water Outage Notifier settings</source>
      <translation>Water Outage Notifier settings</translation>
    </message>
    <message>
      <location filename="../gis/dispatch_task.py" />
      <source>Water Outage Notifier: SMS dispatch</source>
      <translation>Water Outage Notifier: SMS dispatch</translation>
    </message>
    <message>
      <location filename="../gis/model.py" />
      <source>Water Outage Notifier: building the network model</source>
      <translation>Water Outage Notifier: building the network model</translation>
    </message>
    <message>
      <location filename="../gis/model.py" />
      <source>Water Outage Notifier: caching the network model</source>
      <translation>Water Outage Notifier: caching the network model</translation>
    </message>
    <message>
      <location filename="../gis/pressure_task.py" />
      <source>Water Outage Notifier: pressure check</source>
      <translation>Water Outage Notifier: pressure check</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>Water Outage Notifier: test SMS, no action needed.</source>
      <translation>Water Outage Notifier: test SMS, no action needed.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>Water Outage Notifier: test email</source>
      <translation>Water Outage Notifier: test email</translation>
    </message>
    <message>
      <location filename="../dialogs/change_dialogs.py" />
      <source>Water back at (Italian time)</source>
      <translation>Water back at (Italian time)</translation>
    </message>
    <message>
      <location filename="../gis/map_image.py" />
      <source>Water outage</source>
      <translation>Water outage</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>WebDAV or HTTP PUT</source>
      <translation>WebDAV or HTTP PUT</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>What to do</source>
      <translation>What to do</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>When the notice will go (empty: it went now)</source>
      <translation>When the notice will go (empty: it went now)</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>Where the customers answered "1" (still no water) to the water-back notice</source>
      <translation>Where the customers answered "1" (still no water) to the water-back notice</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>While QGIS is open, finish interrupted sends and read delivery reports in the background this often (0: never; outage:dispatch does it from cron).</source>
      <translation>While QGIS is open, finish interrupted sends and read delivery reports in the background this often (0: never; outage:dispatch does it from cron).</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>Why it must go again (required)</source>
      <translation>Why it must go again (required)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Will not close</source>
      <translation>Will not close</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>Will not close, this time ({n})</source>
      <translation>Will not close, this time ({n})</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Without the project's layer mapping, give {missing} (or open a project whose layers are mapped in the plugin settings and set USE_PROJECT_MAPPING).</source>
      <translation>Without the project's layer mapping, give {missing} (or open a project whose layers are mapped in the plugin settings and set USE_PROJECT_MAPPING).</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>Work on pipe(s) {pipes} · prepared {when}</source>
      <translation>Work on pipe(s) {pipes} · prepared {when}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>Work site traced: pipe pieces {pieces}, valves to close {valves}.</source>
      <translation>Work site traced: pipe pieces {pieces}, valves to close {valves}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Works notified</source>
      <translation>Works notified</translation>
    </message>
    <message>
      <location filename="../processing_provider/batch.py" />
      <source>Works with a conflict</source>
      <translation>Works with a conflict</translation>
    </message>
    <message>
      <location filename="../dialogs/report_dialog.py" />
      <source>Write and open</source>
      <translation>Write and open</translation>
    </message>
    <message>
      <location filename="../processing_provider/report.py" />
      <source>Writes the pilot report for the interventions planned to start between START and END: a summary CSV per municipality, one CSV line per intervention and an HTML page with charts, into OUTPUT_FOLDER, in LANGUAGE (it: Italian, the default; en: English): headings, kinds, states and reasons in words. DATABASE defaults to the one in the settings.</source>
      <translation>Writes the pilot report for the interventions planned to start between START and END: a summary CSV per municipality, one CSV line per intervention and an HTML page with charts, into OUTPUT_FOLDER, in LANGUAGE (it: Italian, the default; en: English): headings, kinds, states and reasons in words. DATABASE defaults to the one in the settings.</translation>
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
      <translation>Your click is queued: it is answered when the model is ready.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Your own templates, used instead of the built-in ones of the same name.</source>
      <translation>Your own templates, used instead of the built-in ones of the same name.</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Your phone (test SMS)</source>
      <translation>Your phone (test SMS)</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_messages.py" />
      <source>Your templates folder</source>
      <translation>Your templates folder</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>a custom CRS</source>
      <translation>a custom CRS</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>a file is missing from the folder</source>
      <translation>a file is missing from the folder</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>a header of the gateway profile holds a line break; refused before sending</source>
      <translation>a header of the gateway profile holds a line break; refused before sending</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>a list […]</source>
      <translation>a list […]</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>a message found at the provider may be another notice's</source>
      <translation>a message found at the provider may be another notice's</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>a number</source>
      <translation>a number</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>a table</source>
      <translation>a table</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>a text</source>
      <translation>a text</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>accepted by the provider</source>
      <translation>accepted by the provider</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>already</source>
      <translation>already</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>already sent</source>
      <translation>already sent</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>an id (a text or a whole number)</source>
      <translation>an id (a text or a whole number)</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>an object {…}</source>
      <translation>an object {…}</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>an unexpected error, see the log</source>
      <translation>an unexpected error, see the log</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>an unknown kind of geometry</source>
      <translation>an unknown kind of geometry</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>and {n} more</source>
      <translation>and {n} more</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>below {metres} m, or {share} % below normal</source>
      <translation>below {metres} m, or {share} % below normal</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>call</source>
      <translation>call</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>canceled</source>
      <translation>canceled</translation>
    </message>
    <message>
      <location filename="../dialogs/history_replies.py" />
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>check valve: holds back the water of its far side</source>
      <translation>check valve: holds back the water of its far side</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>conflicts</source>
      <translation>conflicts</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>customer list</source>
      <translation>customer list</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>customers</source>
      <translation>customers</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>dry run</source>
      <translation>dry run</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. broken, guasta</source>
      <translation>e.g. broken, guasta</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. check, non-return, ritegno</source>
      <translation>e.g. check, non-return, ritegno</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. closed, chiusa</source>
      <translation>e.g. closed, chiusa</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. condominium</source>
      <translation>e.g. condominium</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_layers.py" />
      <source>e.g. hospital, dialysis, school</source>
      <translation>e.g. hospital, dialysis, school</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>email</source>
      <translation>email</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>email failed: {detail}</source>
      <translation>email failed: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_publish.py" />
      <source>empty: nothing is published</source>
      <translation>empty: nothing is published</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>entry {entry}</source>
      <translation>entry {entry}</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>error: {error}</source>
      <translation>error: {error}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>feature {fid}</source>
      <translation>feature {fid}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>feature {fid} (id {feature_id})</source>
      <translation>feature {fid} (id {feature_id})</translation>
    </message>
    <message>
      <location filename="../gis/history_layer.py" />
      <source>finished</source>
      <translation>finished</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>flyer list</source>
      <translation>flyer list</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>flyers</source>
      <translation>flyers</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>from</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>hour of highest demand ({clock})</source>
      <translation>hour of highest demand ({clock})</translation>
    </message>
    <message>
      <location filename="../gis/history_layer.py" />
      <source>in progress</source>
      <translation>in progress</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>intervention</source>
      <translation>intervention</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>invalid number</source>
      <translation>invalid number</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>invalid row: {problem}</source>
      <translation>invalid row: {problem}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>it may have been sent</source>
      <translation>it may have been sent</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>it may have been sent; the provider is asked</source>
      <translation>it may have been sent; the provider is asked</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>key = value, one a line (e.g. path = /tmp/sms.jsonl)</source>
      <translation>key = value, one a line (e.g. path = /tmp/sms.jsonl)</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>landline only</source>
      <translation>landline only</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>lines</source>
      <translation>lines</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>no SMS consent</source>
      <translation>no SMS consent</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>no geometry</source>
      <translation>no geometry</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>no id (feature {fid})</source>
      <translation>no id (feature {fid})</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>no limit</source>
      <translation>no limit</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>no mail server is set yet (Email tab).</source>
      <translation>no mail server is set yet (Email tab).</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>no phone number</source>
      <translation>no phone number</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>no pipe id (separate several with ',', ';' or '|', or with spaces when the ids have none).</source>
      <translation>no pipe id (separate several with ',', ';' or '|', or with spaces when the ids have none).</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>no water</source>
      <translation>no water</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>nobody</source>
      <translation>nobody</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>nobody is called</source>
      <translation>nobody is called</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>not a date and time; write it as 2026-03-02 08:30 (Rome time) or with its offset, 2026-03-02T08:30+01:00.</source>
      <translation>not a date and time; write it as 2026-03-02 08:30 (Rome time) or with its offset, 2026-03-02T08:30+01:00.</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>not confirmed</source>
      <translation>not confirmed</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>not listed by the provider yet; too recent to be sure</source>
      <translation>not listed by the provider yet; too recent to be sure</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>not notified</source>
      <translation>not notified</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>not processed; safe to send again</source>
      <translation>not processed; safe to send again</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>not run</source>
      <translation>not run</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>not sent</source>
      <translation>not sent</translation>
    </message>
    <message>
      <location filename="../gis/trial_text.py" />
      <source>not taken, try again later</source>
      <translation>not taken, try again later</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>nothing else</source>
      <translation>nothing else</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>nothing to send</source>
      <translation>nothing to send</translation>
    </message>
    <message>
      <location filename="../gis/history_layer.py" />
      <source>notified</source>
      <translation>notified</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>now</source>
      <translation>now</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_email.py" />
      <source>one or more addresses, separated by commas</source>
      <translation>one or more addresses, separated by commas</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>opted out</source>
      <translation>opted out</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_hydraulics.py" />
      <source>or a drop from normal of more than</source>
      <translation>or a drop from normal of more than</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>pipes</source>
      <translation>pipes</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>plain http:// to another machine; refused before sending</source>
      <translation>plain http:// to another machine; refused before sending</translation>
    </message>
    <message>
      <location filename="../gis/history_layer.py" />
      <source>planned</source>
      <translation>planned</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>points</source>
      <translation>points</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>points or polygons</source>
      <translation>points or polygons</translation>
    </message>
    <message>
      <location filename="../gis/mapping.py" />
      <source>points, polygons or no geometry</source>
      <translation>points, polygons or no geometry</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>polygons</source>
      <translation>polygons</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>queued</source>
      <translation>queued</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>recipients</source>
      <translation>recipients</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>reference</source>
      <translation>reference</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>refused</source>
      <translation>refused</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>refused: {reasons}</source>
      <translation>refused: {reasons}</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>row</source>
      <translation>row</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>scheduled for {when}</source>
      <translation>scheduled for {when}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>sent</source>
      <translation>sent</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>skipped: pipe id(s) {pipes} of column 'pipe_ids' are not in the pipes layer.</source>
      <translation>skipped: pipe id(s) {pipes} of column 'pipe_ids' are not in the pipes layer.</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>skipped: traced only: no customers layer, nobody to notify.</source>
      <translation>skipped: traced only: no customers layer, nobody to notify.</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>sources</source>
      <translation>sources</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>steady state</source>
      <translation>steady state</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>taken by the provider but not delivered to the phone</source>
      <translation>taken by the provider but not delivered to the phone</translation>
    </message>
    <message>
      <location filename="../gis/postgis_columns.py" />
      <source>the PostGIS layers</source>
      <translation>the PostGIS layers</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the Python package paramiko is not installed</source>
      <translation>the Python package paramiko is not installed</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the SFTP server's key is not in the known hosts file</source>
      <translation>the SFTP server's key is not in the known hosts file</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>the SMS gateway '{name}'</source>
      <translation>the SMS gateway '{name}'</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the address is not valid</source>
      <translation>the address is not valid</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the address must use https://</source>
      <translation>the address must use https://</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the connection broke after sending: it may have been sent</source>
      <translation>the connection broke after sending: it may have been sent</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>the customers layer</source>
      <translation>the customers layer</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>the date and time the water is back (the history keeps it)</source>
      <translation>the date and time the water is back (the history keeps it)</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>the date and time the work starts</source>
      <translation>the date and time the work starts</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>the end must come after the start ({start}).</source>
      <translation>the end must come after the start ({start}).</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the gateway's address redirects elsewhere, not followed: it may have been sent</source>
      <translation>the gateway's address redirects elsewhere, not followed: it may have been sent</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the login cannot be read: enter the QGIS master password</source>
      <translation>the login cannot be read: enter the QGIS master password</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>the mail server</source>
      <translation>the mail server</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the number unsubscribed or is blocked at the provider</source>
      <translation>the number unsubscribed or is blocked at the provider</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider answered without this message</source>
      <translation>the provider answered without this message</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider asked to slow down; it is sent again later</source>
      <translation>the provider asked to slow down; it is sent again later</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider cannot be asked now; asked again later</source>
      <translation>the provider cannot be asked now; asked again later</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider could not be reached; it is sent again later</source>
      <translation>the provider could not be reached; it is sent again later</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider failed while taking it: it may have been sent</source>
      <translation>the provider failed while taking it: it may have been sent</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider lists a message to this number with a similar text</source>
      <translation>the provider lists a message to this number with a similar text</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider lists more or fewer messages than those in doubt</source>
      <translation>the provider lists more or fewer messages than those in doubt</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider module failed mid-request: it may have been sent</source>
      <translation>the provider module failed mid-request: it may have been sent</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider no longer knows the id it gave</source>
      <translation>the provider no longer knows the id it gave</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refused the credentials</source>
      <translation>the provider refused the credentials</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refused the request</source>
      <translation>the provider refused the request</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refused the text</source>
      <translation>the provider refused the text</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refuses the number</source>
      <translation>the provider refuses the number</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider refuses to send for this account (credentials or credit)</source>
      <translation>the provider refuses to send for this account (credentials or credit)</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider's answer could belong to another message (the same id or number twice): it may have been sent; the provider is asked</source>
      <translation>the provider's answer could belong to another message (the same id or number twice): it may have been sent; the provider is asked</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider's answer did not say whether it took it: it may have been sent; the provider is asked</source>
      <translation>the provider's answer did not say whether it took it: it may have been sent; the provider is asked</translation>
    </message>
    <message>
      <location filename="../dialogs/widgets_gateway.py" />
      <source>the provider's default</source>
      <translation>the provider's default</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider's look-up needs the id it gave, which is missing</source>
      <translation>the provider's look-up needs the id it gave, which is missing</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the provider's records show it never arrived; it is sent again</source>
      <translation>the provider's records show it never arrived; it is sent again</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the proxy refused its user name or password; nothing was sent</source>
      <translation>the proxy refused its user name or password; nothing was sent</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the public pages' server</source>
      <translation>the public pages' server</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>the request could not be built from the gateway profile</source>
      <translation>the request could not be built from the gateway profile</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>the row has {values} values but the header has {columns} columns (a separator inside a value? quote it).</source>
      <translation>the row has {values} values but the header has {columns} columns (a separator inside a value? quote it).</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>the same reference is already on row {other_row}.</source>
      <translation>the same reference is already on row {other_row}.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the server answered with an error</source>
      <translation>the server answered with an error</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the server cannot be reached</source>
      <translation>the server cannot be reached</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>the server refused the login</source>
      <translation>the server refused the login</translation>
    </message>
    <message>
      <location filename="../gis/auth.py" />
      <source>the shared database</source>
      <translation>the shared database</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>this provider cannot be asked whether it was sent</source>
      <translation>this provider cannot be asked whether it was sent</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>today at {at}</source>
      <translation>today at {at}</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>tomorrow at {at}</source>
      <translation>tomorrow at {at}</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>true or false</source>
      <translation>true or false</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>unknown kind; use one of {kinds}.</source>
      <translation>unknown kind; use one of {kinds}.</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>unreachable</source>
      <translation>unreachable</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>valve sheet</source>
      <translation>valve sheet</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>valves</source>
      <translation>valves</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>water back</source>
      <translation>water back</translation>
    </message>
    <message>
      <location filename="../processing_provider/opt_outs.py" />
      <source>{added} number(s) added, {already} already on the list.</source>
      <translation>{added} number(s) added, {already} already on the list.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{already} number(s) already had the message '{kind}' for {reference}.</source>
      <translation>{already} number(s) already had the message '{kind}' for {reference}.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{already} of {numbers} number(s) already had this notice for {reference}; the outbox did not send them again.</source>
      <translation>{already} of {numbers} number(s) already had this notice for {reference}; the outbox did not send them again.</translation>
    </message>
    <message>
      <location filename="../dialogs/lifecycle_dialogs.py" />
      <source>{at}: {operator} re-sent '{kind}' to {n} number(s): {reason}</source>
      <translation>{at}: {operator} re-sent '{kind}' to {n} number(s): {reason}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>{chars} characters, {encoding}, {segments} SMS segment(s) per number ({total} in all).</source>
      <translation>{chars} characters, {encoding}, {segments} SMS segment(s) per number ({total} in all).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{chunk} to {phone} not processed ({gateway_reason}); retry in {delay} s.</source>
      <translation>{chunk} to {phone} not processed ({gateway_reason}); retry in {delay} s.</translation>
    </message>
    <message>
      <location filename="../processing_provider/isolate.py" />
      <source>{close} valves to close, {sources} sources to shut, {isolated} pipes isolated, {unsupplied} unsupplied, {customers} customers affected.</source>
      <translation>{close} valves to close, {sources} sources to shut, {isolated} pipes isolated, {unsupplied} unsupplied, {customers} customers affected.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>{count} customer(s) of the report are not in the customers layer any more: nobody is sent to for them.</source>
      <translation>{count} customer(s) of the report are not in the customers layer any more: nobody is sent to for them.</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>{count} failed</source>
      <translation>{count} failed</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{count} number(s) answered "1" but match no customer of the map (not among the water-back recipients, or no longer in the customers layer): not drawn.</source>
      <translation>{count} number(s) answered "1" but match no customer of the map (not among the water-back recipients, or no longer in the customers layer): not drawn.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{count} number(s) answered "1" for customers linked to no pipe of the network: not drawn.</source>
      <translation>{count} number(s) answered "1" for customers linked to no pipe of the network: not drawn.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>{count} number(s) of the customers layer were not in the report and are sent to: the customers' numbers changed since the report.</source>
      <translation>{count} number(s) of the customers layer were not in the report and are sent to: the customers' numbers changed since the report.</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>{count} number(s) of the report are not sent to: the customers layer does not hold them now as a mobile with consent of those customers ({numbers}).</source>
      <translation>{count} number(s) of the report are not sent to: the customers layer does not hold them now as a mobile with consent of those customers ({numbers}).</translation>
    </message>
    <message>
      <location filename="../gis/batch_text.py" />
      <source>{count} to check</source>
      <translation>{count} to check</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{customers} customer(s) ({customer_ids}) were already warned on {day} for {reference}; they would get a second SMS the same day.</source>
      <translation>{customers} customer(s) ({customer_ids}) were already warned on {day} for {reference}; they would get a second SMS the same day.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{customers} customer(s) of {reference} had the notice by call, but no voice profile is set up now: the message '{kind}' does not reach them.</source>
      <translation>{customers} customer(s) of {reference} had the notice by call, but no voice profile is set up now: the message '{kind}' does not reach them.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{customers} customer(s) of {reference} had the notice by email, but no mail server is set up now: the message '{kind}' does not reach them.</source>
      <translation>{customers} customer(s) of {reference} had the notice by email, but no mail server is set up now: the message '{kind}' does not reach them.</translation>
    </message>
    <message>
      <location filename="../gis/notice_text.py" />
      <source>{customers} customer(s) were not reached by call or email: {why}</source>
      <translation>{customers} customer(s) were not reached by call or email: {why}</translation>
    </message>
    <message>
      <location filename="../processing_provider/customers.py" />
      <source>{customers} customers, {recipients} SMS recipients, {unreachable} cannot be reached.</source>
      <translation>{customers} customers, {recipients} SMS recipients, {unreachable} cannot be reached.</translation>
    </message>
    <message>
      <location filename="../gis/problem_text.py" />
      <source>{date} at {at}</source>
      <translation>{date} at {at}</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>{first} or {last}</source>
      <translation>{first} or {last}</translation>
    </message>
    <message>
      <location filename="../dialogs/crew_sheet.py" />
      <source>{id} (feature {fid})</source>
      <translation>{id} (feature {fid})</translation>
    </message>
    <message>
      <location filename="../gis/network_reader.py" />
      <source>{layer} '{name}' holds {found}; it must hold {expected}.</source>
      <translation>{layer} '{name}' holds {found}; it must hold {expected}.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: names customer {customer_id}, who is not in the customers layer; not used.</source>
      <translation>{layer}, {feature}: names customer {customer_id}, who is not in the customers layer; not used.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: no customer id; not used.</source>
      <translation>{layer}, {feature}: no customer id; not used.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: no line geometry; not used.</source>
      <translation>{layer}, {feature}: no line geometry; not used.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: no pipe piece within {tolerance} of the geometry; not linked.</source>
      <translation>{layer}, {feature}: no pipe piece within {tolerance} of the geometry; not linked.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: no value in the pipe field '{field}' and no geometry; not linked.</source>
      <translation>{layer}, {feature}: no value in the pipe field '{field}' and no geometry; not linked.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' does not exist; linked by position instead.</source>
      <translation>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' does not exist; linked by position instead.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' does not exist; not linked.</source>
      <translation>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' does not exist; not linked.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' is out of service; linked by position instead.</source>
      <translation>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' is out of service; linked by position instead.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' is out of service; not linked.</source>
      <translation>{layer}, {feature}: pipe id {pipe_id} in the field '{field}' is out of service; not linked.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: reaches no main (neither end lies within {tolerance} of a pipe); not used.</source>
      <translation>{layer}, {feature}: reaches no main (neither end lies within {tolerance} of a pipe); not used.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the customer id in the field '{field}' is also used by feature {other_fid}; both are kept.</source>
      <translation>{layer}, {feature}: the customer id in the field '{field}' is also used by feature {other_fid}; both are kept.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the customer id in the field '{field}' matches no customer; contact not used.</source>
      <translation>{layer}, {feature}: the customer id in the field '{field}' matches no customer; contact not used.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the number {phone} is not a mobile number; ignored.</source>
      <translation>{layer}, {feature}: the number {phone} is not a mobile number; ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the point is {distance} from pipe {pipe_id} named in the field '{field}' (more than {tolerance}); linked to it anyway.</source>
      <translation>{layer}, {feature}: the point is {distance} from pipe {pipe_id} named in the field '{field}' (more than {tolerance}); linked to it anyway.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}, {feature}: the units value {units} (field '{field}') is not a positive whole number; 1 is used.</source>
      <translation>{layer}, {feature}: the units value {units} (field '{field}') is not a positive whole number; 1 is used.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: feature {fid} has no id; the crew sheet names it by its feature number.</source>
      <translation>{layer}: feature {fid} has no id; the crew sheet names it by its feature number.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: id {feature_id} (feature {fid}) is also used by feature {other_fid}; both are kept, results list the id once.</source>
      <translation>{layer}: id {feature_id} (feature {fid}) is also used by feature {other_fid}; both are kept, results list the id once.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: id {valve_id} marked as 'will not close' is not an operable valve in the model; the mark is ignored.</source>
      <translation>{layer}: id {valve_id} marked as 'will not close' is not an operable valve in the model; the mark is ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: id {valve_id} marked as 'will not close' is not in the valve layer; the mark is ignored.</source>
      <translation>{layer}: id {valve_id} marked as 'will not close' is not in the valve layer; the mark is ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: none of its {pipes} pipe(s) in service has a usable line (the layer is empty, filtered or has no geometry), so the {valves} valve(s) and {sources} source(s) stand on no pipe.</source>
      <translation>{layer}: none of its {pipes} pipe(s) in service has a usable line (the layer is empty, filtered or has no geometry), so the {valves} valve(s) and {sources} source(s) stand on no pipe.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: the part of the network with pipe {feature_id} (feature {fid}, {pieces} piece(s)) has no valve; isolating any pipe in it shuts all of it.</source>
      <translation>{layer}: the part of the network with pipe {feature_id} (feature {fid}, {pieces} piece(s)) has no valve; isolating any pipe in it shuts all of it.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: the part of the network with pipe {feature_id} (feature {fid}, {pieces} piece(s)) is reached by no source; it is never reported as losing supply.</source>
      <translation>{layer}: the part of the network with pipe {feature_id} (feature {fid}, {pieces} piece(s)) is reached by no source; it is never reported as losing supply.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {count} pipe(s) are out of service (status {statuses}) and left out of the network.</source>
      <translation>{layer}: {count} pipe(s) are out of service (status {statuses}) and left out of the network.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {count} valve(s) are of a type that does not shut a pipe ({types}); the trace passes them as open joints.</source>
      <translation>{layer}: {count} valve(s) are of a type that does not shut a pipe ({types}); the trace passes them as open joints.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {count} valve(s) have an empty state field and are treated as operable: {valve_ids}</source>
      <translation>{layer}: {count} valve(s) have an empty state field and are treated as operable: {valve_ids}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {count} valve(s) have an empty type field and are treated as isolating valves: {valve_ids}</source>
      <translation>{layer}: {count} valve(s) have an empty type field and are treated as isolating valves: {valve_ids}</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} and feature {other_fid} (id {other_id}) meet at ({x}, {y}) where neither has a pipe end shared with the other; they are not connected.</source>
      <translation>{layer}: {feature} and feature {other_fid} (id {other_id}) meet at ({x}, {y}) where neither has a pipe end shared with the other; they are not connected.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} ends at ({x}, {y}) without meeting another pipe, a valve or a source.</source>
      <translation>{layer}: {feature} ends at ({x}, {y}) without meeting another pipe, a valve or a source.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} ends on pipe {other_pipe_id} (feature {other_fid}) at ({x}, {y}), where that pipe has no node; it is joined there (a tee).</source>
      <translation>{layer}: {feature} ends on pipe {other_pipe_id} (feature {other_fid}) at ({x}, {y}), where that pipe has no node; it is joined there (a tee).</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has a part of length {length}; that part is left out of the network.</source>
      <translation>{layer}: {feature} has a part of length {length}; that part is left out of the network.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has a part with non-numeric coordinates; that part is left out of the network.</source>
      <translation>{layer}: {feature} has a part with non-numeric coordinates; that part is left out of the network.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has no geometry; it feeds nothing.</source>
      <translation>{layer}: {feature} has no geometry; it feeds nothing.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has no line geometry; it is left out of the network.</source>
      <translation>{layer}: {feature} has no line geometry; it is left out of the network.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} has no point geometry; it is ignored.</source>
      <translation>{layer}: {feature} has no point geometry; it is ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} is a check valve between two pipes digitised against each other (both end or both start there), so its direction is unknown; water passes it both ways.</source>
      <translation>{layer}: {feature} is a check valve between two pipes digitised against each other (both end or both start there), so its direction is unknown; water passes it both ways.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} lies on no pipe (farther than {tolerance} from every pipe); it is ignored.</source>
      <translation>{layer}: {feature} lies on no pipe (farther than {tolerance} from every pipe); it is ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} lies on no pipe (farther than {tolerance}); it feeds nothing.</source>
      <translation>{layer}: {feature} lies on no pipe (farther than {tolerance}); it feeds nothing.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} runs through source {source_id} without ending in it; it is taken to pass through the source, which feeds it where it crosses the outline.</source>
      <translation>{layer}: {feature} runs through source {source_id} without ending in it; it is taken to pass through the source, which feeds it where it crosses the outline.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} sits on the same junction as valve {other_id}; it is ignored.</source>
      <translation>{layer}: {feature} sits on the same junction as valve {other_id}; it is ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} sits on the same point as valve {other_id}; it is ignored.</source>
      <translation>{layer}: {feature} sits on the same point as valve {other_id}; it is ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} sits where {ends} pipe ends meet, so it cannot shut one of them; it is ignored.</source>
      <translation>{layer}: {feature} sits where {ends} pipe ends meet, so it cannot shut one of them; it is ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} stands on a source, which already bounds the segments there; the source's connection is shut instead.</source>
      <translation>{layer}: {feature} stands on a source, which already bounds the segments there; the source's connection is shut instead.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} stands only on pipes out of service; it feeds nothing.</source>
      <translation>{layer}: {feature} stands only on pipes out of service; it feeds nothing.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} stands only on pipes out of service; it is ignored.</source>
      <translation>{layer}: {feature} stands only on pipes out of service; it is ignored.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature} touches no pipe (no pipe ends inside it or within {tolerance} of its outline, and none runs through it); it feeds nothing.</source>
      <translation>{layer}: {feature} touches no pipe (no pipe ends inside it or within {tolerance} of its outline, and none runs through it); it feeds nothing.</translation>
    </message>
    <message>
      <location filename="../gis/warning_text.py" />
      <source>{layer}: {feature}: its id is also used by feature {other_fid}; both are kept.</source>
      <translation>{layer}: {feature}: its id is also used by feature {other_fid}; both are kept.</translation>
    </message>
    <message>
      <location filename="../gis/hydraulic_words.py" />
      <source>{matched} pipes and {valves} valves match links of the model {model}. Pipes missing from the model: {pipes}{some_pipes}. Model links missing from the GIS: {links}{some_links}.</source>
      <translation>{matched} pipes and {valves} valves match links of the model {model}. Pipes missing from the model: {pipes}{some_pipes}. Model links missing from the GIS: {links}{some_links}.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{method} {url}: answer cut short; it may have been processed.</source>
      <translation>{method} {url}: answer cut short; it may have been processed.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{method} {url}: no answer ({detail}); it may have been processed.</source>
      <translation>{method} {url}: no answer ({detail}); it may have been processed.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{method} {url}: no answer ({detail}); not sent, safe to retry.</source>
      <translation>{method} {url}: no answer ({detail}); not sent, safe to retry.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{method} {url}: the proxy refused its login (407).</source>
      <translation>{method} {url}: the proxy refused its login (407).</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{path}' does not exist.</source>
      <translation>{name} '{path}' does not exist.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{path}' is a file: choose a folder.</source>
      <translation>{name} '{path}' is a file: choose a folder.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{path}' is a folder: choose a .{extension} file in it.</source>
      <translation>{name} '{path}' is a folder: choose a .{extension} file in it.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{path}' is not a .{extension} file.</source>
      <translation>{name} '{path}' is not a .{extension} file.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{region}' is not a phone region: use a country code such as IT.</source>
      <translation>{name} '{region}' is not a phone region: use a country code such as IT.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} '{value}' is not a vector layer QGIS can open.</source>
      <translation>{name} '{value}' is not a vector layer QGIS can open.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} is missing: choose a .{extension} file.</source>
      <translation>{name} is missing: choose a .{extension} file.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} is missing: choose a field of {layer}.</source>
      <translation>{name} is missing: choose a field of {layer}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} is missing: choose {what}.</source>
      <translation>{name} is missing: choose {what}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name} is missing: give {what}.</source>
      <translation>{name} is missing: give {what}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/parameter_checks.py" />
      <source>{name}: layer '{layer}' has no field '{field}'.</source>
      <translation>{name}: layer '{layer}' has no field '{field}'.</translation>
    </message>
    <message>
      <location filename="../dialogs/results_dock.py" />
      <source>{n} ({isolated} isolated, {unsupplied} unsupplied)</source>
      <translation>{n} ({isolated} isolated, {unsupplied} unsupplied)</translation>
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
      <translation>{n} calls</translation>
    </message>
    <message>
      <location filename="../gis/channel_text.py" />
      <source>{n} emails</source>
      <translation>{n} emails</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>{n} flyer file(s) (one per street) written to {folder}.</source>
      <translation>{n} flyer file(s) (one per street) written to {folder}.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>{n} interventions.</source>
      <translation>{n} interventions.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>{n} message(s) called off: they will not be sent.</source>
      <translation>{n} message(s) called off: they will not be sent.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{phone} asked to receive no more SMS ({text}).</source>
      <translation>{phone} asked to receive no more SMS ({text}).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{phone} refused: {gateway_reason} {detail}</source>
      <translation>{phone} refused: {gateway_reason} {detail}</translation>
    </message>
    <message numerus="yes">
      <location filename="../gis/log_text.py" />
      <source>{phone}: giving up after %n tries ({gateway_reason}).</source>
      <translation>
        <numerusform>{phone}: giving up after %n try ({gateway_reason}).</numerusform>
        <numerusform>{phone}: giving up after %n tries ({gateway_reason}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{phone}: outcome uncertain ({gateway_reason}).</source>
      <translation>{phone}: outcome uncertain ({gateway_reason}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/segments.py" />
      <source>{pieces} pipe pieces in {segments} segments.</source>
      <translation>{pieces} pipe pieces in {segments} segments.</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>{pressure} (normally {normal})</source>
      <translation>{pressure} (normally {normal})</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_dialog.py" />
      <source>{recipients} numbers will get the SMS; {unreachable} customers cannot be reached by SMS (flyers or phone calls).</source>
      <translation>{recipients} numbers will get the SMS; {unreachable} customers cannot be reached by SMS (flyers or phone calls).</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>{reference} has not been notified yet: nobody had its notice.</source>
      <translation>{reference} has not been notified yet: nobody had its notice.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>{reference} is already in progress.</source>
      <translation>{reference} is already in progress.</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>{reference} is already in progress: to end it later, use Extend…</source>
      <translation>{reference} is already in progress: to end it later, use Extend…</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>{reference} is in progress.</source>
      <translation>{reference} is in progress.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>{reference} is not published: its notice has not gone out yet.</source>
      <translation>{reference} is not published: its notice has not gone out yet.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>{reference} is {state}. Nobody had the notice: no '{kind}' SMS to send.</source>
      <translation>{reference} is {state}. Nobody had the notice: no '{kind}' SMS to send.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>{reference} is {state}. Nothing sent: the {n} numbers that had the notice already had the '{kind}' SMS; it never goes twice.</source>
      <translation>{reference} is {state}. Nothing sent: the {n} numbers that had the notice already had the '{kind}' SMS; it never goes twice.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_actions.py" />
      <source>{reference} is {state}. The '{kind}' message was not sent; send it later with Follow-up notice…</source>
      <translation>{reference} is {state}. The '{kind}' message was not sent; send it later with Follow-up notice…</translation>
    </message>
    <message>
      <location filename="../dialogs/action_offers.py" />
      <source>{reference} is {state}: its work no longer changes.</source>
      <translation>{reference} is {state}: its work no longer changes.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{reference} not published: the folder could not be written ({detail}).</source>
      <translation>{reference} not published: the folder could not be written ({detail}).</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{reference} not published: {why}.</source>
      <translation>{reference} not published: {why}.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>{reference} now holds: {sent} SMS sent ({before} of them before this press), {delivered} delivered, {failed} not received, {uncertain} in doubt, {pending} waiting.</source>
      <translation>{reference} now holds: {sent} SMS sent ({before} of them before this press), {delivered} delivered, {failed} not received, {uncertain} in doubt, {pending} waiting.</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{reference} published ({change}): {address}</source>
      <translation>{reference} published ({change}): {address}</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>{reference} was NOT published: a phone number or a customer code would have appeared in the pages. Check the address field of the customers layer.</source>
      <translation>{reference} was NOT published: a phone number or a customer code would have appeared in the pages. Check the address field of the customers layer.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>{reference} was not published: an unexpected error, see the log.</source>
      <translation>{reference} was not published: an unexpected error, see the log.</translation>
    </message>
    <message>
      <location filename="../gis/publish_services.py" />
      <source>{reference} was not published: the folder {folder} cannot be written.</source>
      <translation>{reference} was not published: the folder {folder} cannot be written.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_publish.py" />
      <source>{reference}: every affected customer can get the SMS, no flyers.</source>
      <translation>{reference}: every affected customer can get the SMS, no flyers.</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>{reference}: no customer answered "1" to the water-back notice.</source>
      <translation>{reference}: no customer answered "1" to the water-back notice.</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>{reference}: no flyers before the notice has gone out.</source>
      <translation>{reference}: no flyers before the notice has gone out.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_changes.py" />
      <source>{reference}: nothing changed, nothing sent.</source>
      <translation>{reference}: nothing changed, nothing sent.</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>{reference}: the call-centre email was not sent: {detail}</source>
      <translation>{reference}: the call-centre email was not sent: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>{reference}: the call-centre email was perhaps sent: {detail}</source>
      <translation>{reference}: the call-centre email was perhaps sent: {detail}</translation>
    </message>
    <message>
      <location filename="../dialogs/notify_results.py" />
      <source>{reference}: the call-centre email was sent; no SMS went with it.</source>
      <translation>{reference}: the call-centre email was sent; no SMS went with it.</translation>
    </message>
    <message>
      <location filename="../processing_provider/publish.py" />
      <source>{reference}: {n} flyer file(s) in {folder}.</source>
      <translation>{reference}: {n} flyer file(s) in {folder}.</translation>
    </message>
    <message>
      <location filename="../gis/reply_map_layer.py" />
      <source>{reference}: {replies} number(s) answered "1" (still no water), on {segments} segment(s).</source>
      <translation>{reference}: {replies} number(s) answered "1" (still no water), on {segments} segment(s).</translation>
    </message>
    <message>
      <location filename="../processing_provider/notify.py" />
      <source>{reference}: {sent} SMS sent, {already} already sent before, {pending} pending, {failed} failed, {uncertain} to check; {unreachable} customers cannot be reached.</source>
      <translation>{reference}: {sent} SMS sent, {already} already sent before, {pending} pending, {failed} failed, {uncertain} to check; {unreachable} customers cannot be reached.</translation>
    </message>
    <message>
      <location filename="../processing_provider/reschedule.py" />
      <source>{reference}: {sent} SMS sent, {pending} waiting, {failed} failed.</source>
      <translation>{reference}: {sent} SMS sent, {pending} waiting, {failed} failed.</translation>
    </message>
    <message>
      <location filename="../dialogs/history_dock.py" />
      <source>{sent} sent, {delivered} delivered, {failed} not received, {doubt} in doubt</source>
      <translation>{sent} sent, {delivered} delivered, {failed} not received, {doubt} in doubt</translation>
    </message>
    <message>
      <location filename="../dialogs/pressure_tab.py" />
      <source>{value} m</source>
      <translation>{value} m</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} answered {code}: {answer}</source>
      <translation>{where} answered {code}: {answer}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} did not answer within {seconds} s</source>
      <translation>{where} did not answer within {seconds} s</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} does not offer STARTTLS</source>
      <translation>{where} does not offer STARTTLS</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} does not support what the settings ask: {detail}</source>
      <translation>{where} does not support what the settings ask: {detail}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} received the whole email but the connection ended before it confirmed it ({detail}): it may have arrived; ask the recipients before sending it again</source>
      <translation>{where} received the whole email but the connection ended before it confirmed it ({detail}): it may have arrived; ask the recipients before sending it again</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} refused every recipient: {recipients}</source>
      <translation>{where} refused every recipient: {recipients}</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} refused the connection; check the server name and port</source>
      <translation>{where} refused the connection; check the server name and port</translation>
    </message>
    <message>
      <location filename="../gis/log_text.py" />
      <source>{where} refused the login of user {user}</source>
      <translation>{where} refused the login of user {user}</translation>
    </message>
    <message numerus="yes">
      <location filename="../processing_provider/feedback.py" />
      <source>… and %n more notes of the same kind.</source>
      <translation>
        <numerusform>… and %n more note of the same kind.</numerusform>
        <numerusform>… and %n more notes of the same kind.</numerusform>
      </translation>
    </message>
  </context>
</TS>
