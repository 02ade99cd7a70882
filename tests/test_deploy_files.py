"""deploy/: the production shape holds together. Docker cannot build here (no engine on these machines), so this
checks what can be checked without one: the YAML parses, the Dockerfile copies files that exist and runs as
non-root with pinned versions and a health check, the manifests agree with each other (names, labels, ports,
the Secret's keys), and HAProxy accepts both of its configurations."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from deploy import local_cluster
from tests.paths import REPO_ROOT

DEPLOY = REPO_ROOT / "deploy"
K8S = DEPLOY / "k8s"


def k8s_documents() -> dict[str, dict]:
    documents = {}
    for path in sorted(K8S.glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            assert document and "apiVersion" in document and "kind" in document, path
            documents[document["kind"]] = document
    return documents


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1])
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def test_every_yaml_file_parses():
    paths = sorted(DEPLOY.rglob("*.yaml"))
    assert {path.name for path in paths} >= {
        "compose.yaml",
        "deployment.yaml",
        "service.yaml",
        "ingress.yaml",
        "secret.example.yaml",
        "kustomization.yaml",
    }
    for path in paths:
        assert list(yaml.safe_load_all(path.read_text(encoding="utf-8"))), path


def test_dockerfile_copies_files_that_exist_runs_as_non_root_pinned_with_a_health_check():
    instructions = dockerfile_instructions()
    copies = [arguments.split() for name, arguments in instructions if name == "COPY"]
    assert copies
    for *sources, _target in copies:
        for source in sources:
            assert (REPO_ROOT / source).exists(), f"deploy/Dockerfile copies {source}, which does not exist"
    [base] = [arguments for name, arguments in instructions if name == "FROM"]
    assert re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+", base), base  # a full version, never 'latest'
    users = [arguments for name, arguments in instructions if name == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    names = [name for name, _ in instructions]
    assert names.index("USER") < names.index("CMD") and "HEALTHCHECK" in names
    assert "/_stcore/health" in dict(instructions)["HEALTHCHECK"]
    requirements = [
        line
        for line in (REPO_ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert all("==" in line for line in requirements), "the image installs requirements.txt: every line pinned"
    ignored = (DEPLOY / "Dockerfile.dockerignore").read_text()
    assert ".streamlit/secrets.toml" in ignored and ".venv" in ignored


def test_compose_runs_postgres_replicas_and_haproxy_with_pinned_images_and_no_secrets_in_the_file():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"postgres", "app", "haproxy"}
    assert (REPO_ROOT / services["app"]["build"]["dockerfile"]).is_file()
    assert services["app"]["deploy"]["replicas"] >= 2
    for name in ("postgres", "haproxy"):
        assert re.search(r":\d+\.\d+", services[name]["image"]), services[name]["image"]
    mounted = services["haproxy"]["volumes"][0].split(":")[0]
    assert (DEPLOY / mounted).resolve() == DEPLOY / "haproxy.cfg"
    environment = services["app"]["environment"]
    assert (
        environment["OPTIONBOARD_STORE"].startswith("postgresql://")
        and "${POSTGRES_PASSWORD" in environment["OPTIONBOARD_STORE"]
    )
    assert environment["STREAMLIT_SERVER_COOKIE_SECRET"].startswith("${")


def test_kubernetes_deployment_service_ingress_and_secret_agree():
    documents = k8s_documents()
    deployment, service, ingress, secret = (documents[k] for k in ("Deployment", "Service", "Ingress", "Secret"))
    spec = deployment["spec"]
    labels = spec["template"]["metadata"]["labels"]
    assert spec["replicas"] >= 2 and spec["selector"]["matchLabels"].items() <= labels.items()
    pod = spec["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    [container] = pod["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/_stcore/health"
    assert container["ports"][0]["containerPort"] == 8501
    from_secret = {item["name"]: item["valueFrom"]["secretKeyRef"] for item in container["env"]}
    assert {"OPTIONBOARD_STORE", "STREAMLIT_SERVER_COOKIE_SECRET"} <= set(from_secret)
    for reference in from_secret.values():
        assert reference["name"] == secret["metadata"]["name"] and reference["key"] in secret["stringData"]
    assert service["spec"]["selector"].items() <= labels.items()
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]
    assert backend["port"]["name"] in {port["name"] for port in service["spec"]["ports"]}
    annotations = ingress["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert annotations["nginx.ingress.kubernetes.io/proxy-body-size"] == "50m"  # server.maxUploadSize = 50
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    assert all((K8S / resource).is_file() for resource in kustomization["resources"])


@pytest.mark.skipif(shutil.which("haproxy") is None, reason="HAProxy is not installed (make services)")
def test_haproxy_accepts_the_compose_and_the_local_cluster_configurations(tmp_path):
    haproxy = shutil.which("haproxy")
    compose = subprocess.run(
        [haproxy, "-c", "-f", str(DEPLOY / "haproxy.cfg")],
        capture_output=True,
        text=True,
        env={"HAPROXY_COOKIE_KEY": "test"},
    )
    assert compose.returncode == 0, compose.stdout + compose.stderr
    replicas = [local_cluster.Replica(f"replica{n}", 9000 + n, 0, "") for n in (1, 2)]
    cluster = local_cluster.Cluster(str(tmp_path), 8999, 0, "secret", "postgresql://x@127.0.0.1/x", replicas=replicas)
    config = tmp_path / "haproxy.cfg"
    config.write_text(local_cluster.haproxy_config(cluster))
    local = subprocess.run([haproxy, "-c", "-f", str(config)], capture_output=True, text=True)
    assert local.returncode == 0, local.stdout + local.stderr
    text = config.read_text()
    for setting in (
        "cookie OPTIONBOARD_REPLICA insert",
        "option httpchk GET /_stcore/health",
        "option redispatch",
        "http-response set-header X-OptionBoard-Replica %[srv_name]",
        "timeout tunnel",
    ):
        assert setting in text
