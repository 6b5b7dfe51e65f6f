// Progressive enhancement only: every page works without this script.
document.addEventListener("DOMContentLoaded", () => {
  // Changing a date in the header shows that date at once.
  const form = document.querySelector("form.when");
  if (form) {
    form.querySelectorAll("input[type=date]").forEach((input) =>
      input.addEventListener("change", () => {
        for (const el of form.querySelectorAll("input")) if (!el.value) el.disabled = true;
        form.submit();
      }));
  }
  // The search box proposes names as one types.
  const q = document.getElementById("q");
  if (q && window.fetch) {
    const list = document.createElement("datalist");
    list.id = "q-names";
    document.body.appendChild(list);
    q.setAttribute("list", list.id);
    let last = "";
    q.addEventListener("input", () => {
      const text = q.value.trim();
      if (text.length < 2 || text === last) return;
      last = text;
      fetch("/api/complete?q=" + encodeURIComponent(text))
        .then((r) => r.json())
        .then((data) => {
          list.replaceChildren(...data.rows.map((row) => {
            const option = document.createElement("option");
            option.value = row.name;
            return option;
          }));
        })
        .catch(() => {});
    });
  }
});
