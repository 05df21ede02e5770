"""`make demo`: the main job on the bundled sample town, headless."""
