"""openapi-python-client's `Project`, told to write our client surface instead of its own.

The generator keeps writing the models (with our model templates); in place of
its module-level `sync`/`asyncio` functions and its `Client` classes it renders,
from `tools.surface.Surface`: one endpoint module per operation (the public
contract the runtime uses), one resource module per resource (sync and async
classes and their raw-response views), the clients, the API's error classes
and the reference page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from tools.surface import Method, Resource, Surface, SurfaceBuilder, SurfaceError

if TYPE_CHECKING:
    from tools.generate import ApiEntry

STATUS_CLASSES = (
    ("BadRequestError", "400: the server rejected the request; `field_errors` lists each invalid field."),
    ("AuthenticationError", "401: credentials missing, wrong or expired."),
    ("PermissionDeniedError", "403: the credentials are valid but may not do this."),
    ("NotFoundError", "404: no such resource."),
    ("ConflictError", "409: the request conflicts with the current state."),
    ("UnprocessableEntityError", "422: the request is well-formed but invalid; `field_errors` lists each field."),
    ("RateLimitError", "429: too many requests; `retry_after` is the server's advice in seconds."),
    ("InternalServerError", "5xx: the server failed."),
)


class SurfaceProject(Project):
    """A `Project` whose API part is our surface (see the module docstring)."""

    def __init__(
        self, *, openapi: GeneratorData, config: Config, templates: Path, document: dict[str, Any], api: ApiEntry
    ) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=templates)
        self.api = api
        self.document = document
        self.surface = SurfaceBuilder(openapi, document, env_prefix=api.env_prefix, hooks=api.hooks).build()
        self.class_modules = {
            str(item.class_info.name): str(item.class_info.module_name) for item in [*openapi.models, *openapi.enums]
        }
        self.env.globals.update(surface=self.surface, api=api, status_classes=STATUS_CLASSES)
        self.env.filters["py"] = _literal

    def build(self) -> Sequence[GeneratorError]:
        """The stock build, without its progress print (make generate prints its own summary)."""
        self.project_dir.mkdir(parents=True, exist_ok=True)
        self._create_package()
        self._build_models()
        self._build_api()
        self._run_post_hooks()
        return self._get_errors()

    # --- what the stock generator would write, replaced ------------------------------------------
    def _create_package(self) -> None:
        self.package_dir.mkdir(parents=True, exist_ok=True)
        self._write("__init__.py", "api_package_init.py.jinja")
        self._write("types.py", "types.py.jinja")

    def _build_api(self) -> None:
        self._write("errors.py", "api_errors.py.jinja", base=self.api.error_base, public=self.api.public)
        self._write("_client.py", "api_client.py.jinja")
        self._write("_cli.py", "api_cli.py.jinja")
        api_dir = self.package_dir / "api"
        api_dir.mkdir(exist_ok=True)
        (api_dir / "__init__.py").write_text('"""One module per operation: the contract the resources call."""\n')
        endpoints = {
            (str(e.method).lower(), _raw(e.name)): e
            for c in self.openapi.endpoint_collections_by_tag.values()
            for e in c.endpoints
        }
        for resource in self.surface.resources:
            for method in resource.methods:
                self._write_endpoint(method, endpoints[(method.http_method.lower(), method.operation_id)])
        resources_dir = self.package_dir / "resources"
        resources_dir.mkdir(exist_ok=True)
        (resources_dir / "__init__.py").write_text('"""One module per resource: sync and async classes."""\n')
        for resource in self.surface.resources:
            self._write_resource(resource)

    def _write_endpoint(self, method: Method, endpoint: Any) -> None:
        tag_dir = self.package_dir / "api" / method.tag
        if not tag_dir.exists():
            tag_dir.mkdir()
            (tag_dir / "__init__.py").write_text(f'"""Operations tagged `{method.tag}`."""\n')
        self._write(
            f"api/{method.tag}/{method.module}.py",
            "endpoint_module.py.jinja",
            m=method,
            endpoint=endpoint,
            model_imports=self._models_named(_texts_of(method)),
            url_template=_url_template(method),
            min_properties=self._min_properties(method),
        )

    def _write_resource(self, resource: Resource) -> None:
        texts = [t for m in resource.methods for t in _texts_of(m)]
        hook_imports = {
            module: {n for n in names if any(n in t for t in texts) or _hook_used(resource, n)}
            for module, names in self.surface.hook_imports.items()
        }
        self._write(
            f"resources/{resource.attribute}.py",
            "resource.py.jinja",
            r=resource,
            model_imports=self._models_named(texts),
            hook_imports={k: v for k, v in hook_imports.items() if v},
        )

    def _write(self, relative: str, template: str, **context: Any) -> None:
        path = self.package_dir / relative
        path.write_text(self.env.get_template(template).render(**context), encoding=self.config.file_encoding)

    def _models_named(self, texts: list[str]) -> list[tuple[str, str]]:
        """(module, class) of each model or enum the texts name, imported one module each (cheap)."""
        words = {w for text in texts for w in re.findall(r"[A-Za-z_]\w*", text)}
        return sorted((self.class_modules[w], w) for w in words if w in self.class_modules)

    def _min_properties(self, method: Method) -> int:
        operation = self.document["paths"][method.path][method.http_method.lower()]
        request = _resolve(self.document, operation.get("requestBody") or {})
        content = (request.get("content") or {}).get("application/json") or {}
        schema = _resolve(self.document, content.get("schema") or {})
        return int(schema.get("x-sdk-min-properties") or schema.get("minProperties") or 0)

    def render_reference(self) -> str:
        return self.env.get_template("reference.md.jinja").render()


def _literal(value: Any) -> str:
    """A Python literal for a value (lists as lists, tuples as tuples, strings quoted)."""
    if isinstance(value, tuple):
        return "(" + "".join(_literal(v) + ", " for v in value) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    return repr(value if not hasattr(value, "get_untrusted_value") else value.get_untrusted_value())


def _raw(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)


def _resolve(document: dict[str, Any], node: Any) -> dict[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part]
        node = target
    return node if isinstance(node, dict) else {}


def _texts_of(method: Method) -> list[str]:
    """Every piece of generated source that may name a model or enum class."""
    texts = [method.returns, method.result_type]
    for arg in [*method.args, *method.body_args]:
        texts += [arg.check.annotation, arg.check.template]
    if method.paging is not None:
        texts += [method.paging.page_type, method.paging.item_type]
    return texts


def _hook_used(resource: Resource, name: str) -> bool:
    return any((m.result is not None and m.result.function == name) or m.before == name for m in resource.methods)


def _url_template(method: Method) -> str:
    """The f-string body of the request URL: each `{wire}` becomes its quoted argument."""
    text = method.path.replace("{", "{{").replace("}", "}}")
    for arg in method.path_args:
        text = text.replace("{{" + arg.wire + "}}", "{quote(str(" + arg.python + "), safe='')}")
    return text


def build_project(
    api: ApiEntry, document: dict[str, Any], options: dict[str, object], templates: Path, out: Path
) -> tuple[SurfaceProject, list[GeneratorError]]:
    """Parse `document`, write the package to `out` and return the project and its problems."""
    config_options = {k: v for k, v in options.items() if k in ConfigFile.model_fields}
    config_file = ConfigFile(**config_options, package_name_override=api.package, project_name_override=api.package)
    config = Config.from_sources(config_file, MetaType.NONE, api.spec, "utf-8", overwrite=True, output_path=out)
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        return None, [data]  # type: ignore[return-value]
    project = SurfaceProject(openapi=data, config=config, templates=templates, document=document, api=api)
    errors = list(project.build())
    return project, errors


def build_surface(api: ApiEntry) -> Surface:
    """The surface `make generate` would render for `api` (for tests and tools)."""
    import yaml  # noqa: PLC0415

    document = yaml.load(api.spec.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    config_file = ConfigFile(package_name_override=api.package, project_name_override=api.package)
    config = Config.from_sources(config_file, MetaType.NONE, api.spec, "utf-8", overwrite=True, output_path=None)
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise ValueError(f"{api.name}: {data.header}: {data.detail}")
    return SurfaceBuilder(data, document, env_prefix=api.env_prefix, hooks=api.hooks).build()


def parse_document(
    api: ApiEntry, document: Mapping[str, Any], options: Mapping[str, object] | None = None
) -> GeneratorData:
    """openapi-python-client's parse of `document` for `api` (`options`: generator-config.yaml's generator options)."""
    config_options: dict[str, Any] = {k: v for k, v in (options or {}).items() if k in ConfigFile.model_fields}
    config_file = ConfigFile(**config_options, package_name_override=api.package, project_name_override=api.package)
    config = Config.from_sources(config_file, MetaType.NONE, api.spec, "utf-8", overwrite=True, output_path=None)
    data = GeneratorData.from_dict(dict(document), config=config)
    if isinstance(data, GeneratorError):
        raise SurfaceError(f"{api.name}: {data.header}: {data.detail}")
    return data


def surface_of_document(
    api: ApiEntry, document: Mapping[str, Any], options: Mapping[str, object] | None = None
) -> Surface:
    """The surface `make generate` would render for `api` from `document` (a spec at a git ref, an edited copy)."""
    return SurfaceBuilder(
        parse_document(api, document, options), document, env_prefix=api.env_prefix, hooks=api.hooks
    ).build()
