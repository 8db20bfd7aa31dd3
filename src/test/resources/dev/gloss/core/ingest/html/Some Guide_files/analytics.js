console.log("tracking");
document.write("<p>Injected by script</p>");
