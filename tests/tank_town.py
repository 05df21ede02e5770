"""The tank town of the footprint tests (unit and QGIS), in metres.

The tank T is the square 40..60 × -10..10. W1 (from the west) and E1 (to the
east) end inside it; X1 runs straight through it from south to north with no
end in it. Valves VW, VE, VS and VN stand where each pipe meets the next::

                 X2 |
                 VN o (45, 50)
                 X1 |
          +---------|--------+
    W2  VW  W1      |    T   E1      VE   E2
    ----o-----------+ (42,-5)  (55,0)----o----
          +---------|--------+
                 VS o (45, -50)
                 X0 |
"""

PIPES = [
    ("W2", [(-20, -5), (0, -5)]),
    ("W1", [(0, -5), (42, -5)]),
    ("E1", [(55, 0), (100, 0)]),
    ("E2", [(100, 0), (150, 0)]),
    ("X0", [(45, -80), (45, -50)]),
    ("X1", [(45, -50), (45, 50)]),
    ("X2", [(45, 50), (45, 80)]),
]
VALVES = [("VW", (0, -5)), ("VE", (100, 0)), ("VS", (45, -50)), ("VN", (45, 50))]
TANK = ((40, -10), (60, -10), (60, 10), (40, 10), (40, -10))
#: Where the footprint touches the pipes: W1's and E1's ends, X1's two crossings.
TOUCHES = [(42, -5), (55, 0), (45, -10), (45, 10)]
