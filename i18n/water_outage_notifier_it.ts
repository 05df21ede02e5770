<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>WaterOutageNotifier</name>
    <message>
      <location filename="../plugin.py" line="45" />
      <source>Water Outage Notifier</source>
      <translation>Avvisi interruzioni idriche</translation>
    </message>
  </context>
</TS>
