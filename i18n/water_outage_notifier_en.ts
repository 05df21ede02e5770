<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>WaterOutageNotifier</name>
    <message>
      <location filename="../plugin.py" line="45" />
      <source>Water Outage Notifier</source>
      <translation>Water Outage Notifier</translation>
    </message>
  </context>
</TS>
