"""Two stories the fork tests share: a mine story whose later articles carry a teachers' strike."""

MINE = (
    "{town}: Acme Mining said on day {i} that its Riverton copper pit would stay shut. Jane Holt, who runs"
    " Acme Mining, told the Riverton council that miners would be paid while engineers inspect the flooded pit."
    " Acme Mining pumps water out of the pit."
)
STRIKE = (
    "{town}: the Teachers Union said on day {i} that its strike at Lakeside schools would go on. Omar Fitch, who"
    " leads the Teachers Union, told the Lakeside board that teachers want higher pay. Lakeside parents kept"
    " children at home during the strike."
)
