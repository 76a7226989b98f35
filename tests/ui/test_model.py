def test_the_model_refuses_a_window_it_cannot_draw(model):
    """Issue 9: a window 5e-324 wide passed the model's own check and spilled nan-range errors."""
    model.apply_formula("x^2 + y^2")
    before = model.view_state()
    messages = []
    model.message.connect(messages.append)
    assert not model.set_window((0.0, 5e-324), (-1.0, 1.0))
    assert not model.set_window((-1e308, 1e308), (-1.0, 1.0))
    assert model.view_state() == before
    assert len(messages) == 2 and "the x range" in messages[0]
