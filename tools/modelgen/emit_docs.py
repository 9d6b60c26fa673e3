from model import Model


def emit(model: Model, root) -> dict:
    return {}
