"""Minor log ticks thinned to what fits: 1·10ᵏ first, then 2 and 5, then the rest, never closer than
the gap asked."""

import math

from critexplorer.core.ticks import log_tick_priority, spaced_out


def test_a_sub_decade_log_range_keeps_one_two_and_five_when_the_rest_do_not_fit():
    values = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 2.0]
    exponents = [math.log10(v) for v in values]
    pixels = [(e - exponents[0]) / (exponents[-1] - exponents[0]) * 150 for e in exponents]
    kept = spaced_out(pixels, 36.0, [log_tick_priority(e) for e in exponents])
    assert [values[i] for i in kept] == [0.5, 1.0, 2.0]
    assert all(
        b - a >= 36.0 for a, b in zip([pixels[i] for i in kept], [pixels[i] for i in kept][1:], strict=False)
    )


def test_with_room_every_tick_stays_and_priorities_read_the_mantissa():
    assert spaced_out([0, 50, 100, 150], 40) == [0, 1, 2, 3]
    assert [log_tick_priority(math.log10(v)) for v in (1e-16, 2e-5, 5.0, 7e3, 10.0)] == [0, 1, 1, 2, 0]
